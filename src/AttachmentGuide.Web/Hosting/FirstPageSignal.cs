namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// Holds start-up's background work (the first search index, the first reading-age check) until
/// the site has sent its first page, or <see cref="AtLatest"/> after the work was queued if nobody asks for one.
/// Measured on two cores (2026-12-03): run beside the first request with the database warm-up, that work took both
/// cores, and the pool threads with them, so the first article's response, already drawn, reached the reader about
/// 0.9 s after its request had been logged as done.
/// Held-back work (<see cref="RunInTurnAsync"/>) runs on threads of its own, never the request thread pool's, one
/// job at a time, so one core is always left for readers.
/// </summary>
public sealed class FirstPageSignal(TimeProvider time)
{
    /// <summary>When no page has been asked for by then, the work starts anyway: there is nothing to compete with.</summary>
    public static readonly TimeSpan AtLatest = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _served = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _oneAtATime = new();

    /// <summary>True once a page has been sent.</summary>
    public bool PageWasServed => _served.Task.IsCompleted;

    /// <summary>Called once a response from content has been sent in full (<see cref="Content.ContentReadyMiddleware"/>).</summary>
    public void PageServed() => _served.TrySetResult();

    /// <summary>Completes when the first page has been sent, or <see cref="AtLatest"/> from now, whichever is first.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _served.Task.WaitAsync(AtLatest, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Nobody has asked for a page yet.
        }
    }

    /// <summary>
    /// Runs long <paramref name="work"/> (seconds of CPU on a large site) on a thread of its own once the first page has
    /// been sent, after any other such work queued before it has finished.
    /// </summary>
    public Task RunInTurnAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        // The waits block this thread on purpose: an await would carry the work on to a pool thread.
        return Task.Factory.StartNew(
            () =>
            {
                WaitAsync(cancellationToken).GetAwaiter().GetResult();
                // Held for the whole job, on this job's own thread: the next long job waits for it.
                lock (_oneAtATime)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    work().GetAwaiter().GetResult();
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }
}
