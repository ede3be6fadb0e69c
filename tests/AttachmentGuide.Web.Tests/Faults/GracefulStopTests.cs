using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Faults;

/// <summary>
/// SIGTERM (systemd's stop) during a burst of submissions: what was acknowledged is stored, nothing is stored that
/// was not acknowledged, later forms get the kind 503, and the process exits 0.
/// </summary>
public sealed class GracefulStopTests : IDisposable
{
    private const int Workers = 6;
    private const int AcknowledgedBeforeStop = 30;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly SiteDataFolder _data = new("ag-graceful-stop-");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Sigterm_during_a_burst_stores_every_acknowledged_submission_and_no_other_and_exits_0()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var seeOther = 0;
        var refusedWhileStopping = 0;
        var terminated = 0;
        var unexpected = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var site = await SiteProcess.StartAsync(SiteEnvironment.For(_data, "Production"), Path.GetTempPath(), StartTimeout, cancellation);
        using var enough = new CancellationTokenSource();

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
            using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            for (var i = 0; !site.HasExited; i++)
            {
                try
                {
                    var form = (await LoadAsync(client)).FillValid($"Worker {w} number {i}", $"w{w}.{i}@example.com");
                    using var response = await form.PostAsync();
                    switch (response.StatusCode)
                    {
                        case HttpStatusCode.SeeOther:
                            if (Interlocked.Increment(ref seeOther) >= AcknowledgedBeforeStop)
                            {
                                await enough.CancelAsync();
                            }

                            break;
                        case HttpStatusCode.ServiceUnavailable when Volatile.Read(ref terminated) == 1:
                            Assert.Contains("restarting", await response.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
                            Interlocked.Increment(ref refusedWhileStopping);
                            break;
                        default:
                            unexpected.Enqueue($"worker {w} #{i}: {(int)response.StatusCode}");
                            return;
                    }
                }
                catch (Exception e) when (Volatile.Read(ref terminated) == 1 && e is HttpRequestException or TaskCanceledException or IOException or Xunit.Sdk.XunitException)
                {
                    // The site stopped listening, or closed the connection, before this request was read.
                    return;
                }
            }
        }, cancellation)).ToList();

        await Task.WhenAny(Task.Delay(Timeout.Infinite, enough.Token), Task.Delay(TimeSpan.FromSeconds(60), cancellation))
            .ContinueWith(_ => { }, TaskScheduler.Default);
        Volatile.Write(ref terminated, 1);
        site.Terminate();
        var exitCode = await site.WaitForExitAsync(TimeSpan.FromSeconds(60), cancellation);
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60), cancellation);

        Assert.True(unexpected.IsEmpty, "Unexpected answers: " + string.Join("; ", unexpected) + "\n" + site.Output);
        Assert.True(seeOther >= AcknowledgedBeforeStop, $"Only {seeOther} submissions were acknowledged before SIGTERM:\n{site.Output}");
        Assert.Equal(0, exitCode);
        Assert.Equal(seeOther, InquiryTable.Count(_data.DatabasePath));
        Assert.Equal("ok", InquiryTable.IntegrityCheck(_data.DatabasePath));
        TestContext.Current.SendDiagnosticMessage($"{seeOther} acknowledged and stored, {refusedWhileStopping} refused with the stopping page");
    }
}
