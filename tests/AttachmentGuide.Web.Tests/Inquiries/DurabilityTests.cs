using System.Collections.Concurrent;
using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Inquiries;

/// <summary>The site as its own process, killed with SIGKILL mid-traffic: whatever it acknowledged must be on disk.</summary>
public sealed class DurabilityTests : IDisposable
{
    private const int AcknowledgedBeforeKill = 150;
    private const int Workers = 4;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly SiteDataFolder _data = new("ag-durability-");

    private string DatabasePath => _data.DatabasePath;

    [Fact]
    public async Task Every_acknowledged_inquiry_survives_a_kill_during_traffic_and_the_database_stays_sound()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        using var keptHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        ContactForm openForm;

        await using (var site = await StartSiteAsync())
        {
            using (var keptClient = new HttpClient(keptHandler, disposeHandler: false) { BaseAddress = site.BaseAddress })
            {
                openForm = (await LoadAsync(keptClient)).FillValid("Open Before The Crash", "open@example.com");
            }

            using var enough = new CancellationTokenSource();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var killed = 0;
            var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
            {
                using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
                using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var form = (await LoadAsync(client)).FillValid($"Worker {w} number {i}", $"w{w}.{i}@example.com")
                            .Set(MessageField, $"Durability check {w}/{i}");
                        using var response = await form.PostAsync();
                        if (response.StatusCode != HttpStatusCode.SeeOther)
                        {
                            failures.Enqueue($"worker {w} #{i}: {(int)response.StatusCode}");
                            return;
                        }

                        acknowledged[await FollowToThanksAsync(response, client)] = form.SubmissionToken!;
                        if (acknowledged.Count >= AcknowledgedBeforeKill)
                        {
                            await enough.CancelAsync();
                        }
                    }
                    catch (Exception e) when (Volatile.Read(ref killed) == 1 && e is HttpRequestException or TaskCanceledException or IOException or Xunit.Sdk.XunitException)
                    {
                        return;
                    }
                }
            }, cancellation)).ToList();

            var acknowledgedInTime = await Task.WhenAny(
                Task.Delay(Timeout.Infinite, enough.Token).ContinueWith(_ => true, TaskScheduler.Default),
                Task.WhenAll(workers).ContinueWith(_ => false, TaskScheduler.Default),
                Task.Delay(TimeSpan.FromSeconds(40), cancellation).ContinueWith(_ => false, TaskScheduler.Default)).Unwrap();
            Volatile.Write(ref killed, 1);
            site.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(20), cancellation);

            Assert.True(failures.IsEmpty, "Submissions failed before the kill: " + string.Join("; ", failures) + "\n" + site.Output);
            Assert.True(acknowledgedInTime, $"Only {acknowledged.Count} submissions were acknowledged before the time ran out:\n{site.Output}");
        }

        await using (var restarted = await StartSiteAsync())
        {
            var rows = InquiryTable.ReadAll(DatabasePath);
            var stored = rows.ToDictionary(r => r.Reference, r => r.SubmissionToken, StringComparer.Ordinal);
            var lost = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var token) || token != Guid.Parse(a.Value)).Select(a => a.Key).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged inquiries are missing after the kill: {string.Join(", ", lost.Take(10))}");
            Assert.Equal("ok", InquiryTable.IntegrityCheck(DatabasePath));

            using var afterRestart = new HttpClient(keptHandler, disposeHandler: false) { BaseAddress = restarted.BaseAddress };
            using var response = await openForm.PostAsync(afterRestart);
            var reference = await FollowToThanksAsync(response, afterRestart);
            Assert.Contains(InquiryTable.ReadAll(DatabasePath), r => r.Reference == reference && r.SubmissionToken == Guid.Parse(openForm.SubmissionToken!));
        }
    }

    public void Dispose() => _data.Dispose();

    private Task<SiteProcess> StartSiteAsync() =>
        SiteProcess.StartAsync(SiteEnvironment.For(_data, "Production"), Path.GetTempPath(), StartTimeout, TestContext.Current.CancellationToken);
}
