using System.Collections.Concurrent;
using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Faults;

/// <summary>
/// SIGTERM (systemd's stop) during a burst of submissions: what was acknowledged is stored, nothing is stored that
/// was not acknowledged, no form sent after the stop began is acknowledged, a form still arriving then gets the kind
/// "restarting" 503, and the process exits 0.
/// </summary>
public sealed class GracefulStopTests : IDisposable
{
    private const int Workers = 6;
    private const int AcknowledgedBeforeStop = 30;

    // The host's own line (Microsoft.Hosting.Lifetime) when it begins to stop; the drain that refuses new forms starts
    // on the same ApplicationStopping event, so a form sent after the line was read is one sent after the stop began.
    private const string StopBeganLine = "Application is shutting down";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly SiteDataFolder _data = new("ag-graceful-stop-");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Sigterm_during_a_burst_stores_every_acknowledged_submission_acknowledges_none_sent_after_the_stop_and_exits_0()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var seeOther = 0;
        var refusedWhileStopping = 0;
        var refusedSentAfterStop = 0;
        var terminating = 0;
        var stopSeen = 0;
        var unexpected = new ConcurrentQueue<string>();
        var acknowledgedAfterStop = new ConcurrentQueue<string>();
        await using var site = await SiteProcess.StartAsync(SiteEnvironment.For(_data, "Production"), Path.GetTempPath(), StartTimeout, cancellation);
        using var enough = new CancellationTokenSource();

        // One form held in flight across the signal: half its body is sent before SIGTERM, the rest only once the site
        // has said it is stopping. The request began before the stop, so the site must answer it, and with the 503.
        using var heldHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var heldClient = new HttpClient(heldHandler) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var heldForm = (await LoadAsync(heldClient)).FillValid("Held Across The Stop", "held@example.com");
        using var heldFields = heldForm.ToContent();
        using var held = new HeldBackContent(await heldFields.ReadAsByteArrayAsync(cancellation));

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
            using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            for (var i = 0; !site.HasExited; i++)
            {
                try
                {
                    var form = (await LoadAsync(client)).FillValid($"Worker {w} number {i}", $"w{w}.{i}@example.com");
                    var sentAfterStop = Volatile.Read(ref stopSeen) == 1;
                    using var response = await form.PostAsync();
                    switch (response.StatusCode)
                    {
                        case HttpStatusCode.SeeOther when sentAfterStop:
                            acknowledgedAfterStop.Enqueue($"worker {w} #{i}");
                            break;
                        case HttpStatusCode.SeeOther:
                            if (Interlocked.Increment(ref seeOther) >= AcknowledgedBeforeStop)
                            {
                                await enough.CancelAsync();
                            }

                            break;
                        case HttpStatusCode.ServiceUnavailable when Volatile.Read(ref terminating) == 1:
                            Assert.Contains("restarting", await response.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
                            Interlocked.Increment(ref refusedWhileStopping);
                            if (sentAfterStop)
                            {
                                Interlocked.Increment(ref refusedSentAfterStop);
                            }

                            break;
                        default:
                            unexpected.Enqueue($"worker {w} #{i}: {(int)response.StatusCode}");
                            return;
                    }
                }
                catch (Exception e) when (Volatile.Read(ref terminating) == 1 && e is HttpRequestException or TaskCanceledException or IOException or Xunit.Sdk.XunitException)
                {
                    // The site stopped listening, or closed the connection, before this request was read.
                    return;
                }
            }
        }, cancellation)).ToList();

        await Task.WhenAny(Task.Delay(Timeout.Infinite, enough.Token), Task.Delay(TimeSpan.FromSeconds(60), cancellation))
            .ContinueWith(_ => { }, TaskScheduler.Default);
        var heldPost = heldForm.PostAsync(held);
        await held.FirstPartSent.WaitAsync(TimeSpan.FromSeconds(30), cancellation);
        Volatile.Write(ref terminating, 1);
        site.Terminate();
        await site.WaitForOutputAsync(StopBeganLine, TimeSpan.FromSeconds(30), cancellation);
        Volatile.Write(ref stopSeen, 1);
        held.SendTheRest();
        using var heldResponse = await heldPost.WaitAsync(TimeSpan.FromSeconds(60), cancellation);
        var heldBody = await heldResponse.Content.ReadAsStringAsync(cancellation);
        var exitCode = await site.WaitForExitAsync(TimeSpan.FromSeconds(60), cancellation);
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60), cancellation);

        Assert.True(unexpected.IsEmpty, "Unexpected answers: " + string.Join("; ", unexpected) + "\n" + site.Output);
        Assert.True(acknowledgedAfterStop.IsEmpty, "Acknowledged although sent after the site said it was stopping: " + string.Join("; ", acknowledgedAfterStop));
        Assert.True(seeOther >= AcknowledgedBeforeStop, $"Only {seeOther} submissions were acknowledged before SIGTERM:\n{site.Output}");
        Assert.True(heldResponse.StatusCode == HttpStatusCode.ServiceUnavailable, $"The form completed after the stop began answered {(int)heldResponse.StatusCode}:\n{site.Output}");
        Assert.Contains("restarting", heldBody, StringComparison.Ordinal);
        Assert.Contains("Held Across The Stop", heldBody, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Equal(seeOther, InquiryTable.Count(_data.DatabasePath));
        Assert.Equal("ok", InquiryTable.IntegrityCheck(_data.DatabasePath));
        TestContext.Current.SendDiagnosticMessage(
            $"{seeOther} acknowledged and stored; {refusedWhileStopping} burst forms refused with the stopping page, {refusedSentAfterStop} of them sent after the stop began; the held form refused too");
    }

    /// <summary>A form body sent in two halves: the second only when the test says so, the way a slow phone sends one.</summary>
    private sealed class HeldBackContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly TaskCompletionSource _firstPartSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _sendTheRest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBackContent(byte[] formBody)
        {
            _body = formBody;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        public Task FirstPartSent => _firstPartSent.Task;

        public void SendTheRest() => _sendTheRest.TrySetResult();

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            var half = _body.Length / 2;
            await stream.WriteAsync(_body.AsMemory(0, half), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            _firstPartSent.TrySetResult();
            await _sendTheRest.Task.WaitAsync(cancellationToken);
            await stream.WriteAsync(_body.AsMemory(half), cancellationToken);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }
}
