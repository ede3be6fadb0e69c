using AttachmentGuide.Web.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AttachmentGuide.Web.Tests.Hosting;

/// <summary>
/// Start-up's held-back work (the first search index, the first reading-age check) begins only once the first page
/// has been sent, or when nobody has asked for one within <see cref="FirstPageSignal.AtLatest"/>, and one job at a time.
/// </summary>
public sealed class FirstPageSignalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Held_back_work_waits_for_the_first_page_and_then_runs()
    {
        var signal = new FirstPageSignal(new FakeTimeProvider());
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var job = signal.RunInTurnAsync(() => { started.TrySetResult(); return Task.CompletedTask; }, TestContext.Current.CancellationToken);
        await Task.Delay(Moment, TestContext.Current.CancellationToken);
        Assert.False(started.Task.IsCompleted, "the work began before any page was sent");

        signal.PageServed();
        await job.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.True(started.Task.IsCompleted);
        Assert.True(signal.PageWasServed);
    }

    [Fact]
    public async Task With_no_page_asked_for_the_work_runs_after_the_longest_wait()
    {
        var time = new FakeTimeProvider();
        var signal = new FirstPageSignal(time);
        var ran = false;

        var job = signal.RunInTurnAsync(() => { ran = true; return Task.CompletedTask; }, TestContext.Current.CancellationToken);
        await Task.Delay(Moment, TestContext.Current.CancellationToken);
        time.Advance(FirstPageSignal.AtLatest - TimeSpan.FromMilliseconds(1));
        await Task.Delay(Moment, TestContext.Current.CancellationToken);
        Assert.False(ran, "the work began before the longest wait had passed");

        // The wait's timer is made on the job's own thread, whenever that thread gets a core: keep the clock moving
        // until it has fired, so a late timer cannot leave the test waiting on a clock that no longer moves.
        var deadline = DateTime.UtcNow + Patience;
        while (!job.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(FirstPageSignal.AtLatest);
            await Task.WhenAny(job, Task.Delay(Moment, TestContext.Current.CancellationToken));
        }

        await job.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.True(ran);
        Assert.False(signal.PageWasServed);
    }

    [Fact]
    public async Task Long_jobs_run_one_at_a_time_off_the_thread_pool()
    {
        var signal = new FirstPageSignal(new FakeTimeProvider());
        signal.PageServed();
        using var firstMayFinish = new ManualResetEventSlim();
        var firstRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var onPoolThread = true;
        var secondStarted = false;

        var first = signal.RunInTurnAsync(() =>
        {
            onPoolThread = Thread.CurrentThread.IsThreadPoolThread;
            firstRunning.TrySetResult();
            firstMayFinish.Wait(Patience);
            return Task.CompletedTask;
        }, TestContext.Current.CancellationToken);
        await firstRunning.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        var second = signal.RunInTurnAsync(() => { secondStarted = true; return Task.CompletedTask; }, TestContext.Current.CancellationToken);
        await Task.Delay(Moment, TestContext.Current.CancellationToken);

        Assert.False(secondStarted, "a second long job ran beside the first");
        Assert.False(onPoolThread, "a long job ran on a thread of the request thread pool");
        firstMayFinish.Set();
        await Task.WhenAll(first, second).WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.True(secondStarted);
    }
}
