using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Health;

/// <summary>
/// While the first parse of the content still runs, <c>/health/live</c> answers at once and <c>/health/ready</c>
/// answers 503 naming the content (readers' requests wait instead); once the parse is done, ready turns 200.
/// </summary>
public sealed class HealthWhileLoadingTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "ag-health-loading-" + Guid.NewGuid().ToString("N"));

    public HealthWhileLoadingTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content, "site.yml"));
        File.WriteAllText(Path.Combine(_content, "articles", "first.md"), "---\ntitle: First\nsummary: An article.\n---\n\n## Part\n\nText.\n");
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact(Timeout = 60_000)]
    public async Task Live_answers_and_ready_says_503_until_the_content_is_loaded_then_200()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "needs a named pipe (mkfifo)");
        // Reading a named pipe blocks until the test writes it, so the first parse cannot finish before the test says so.
        var gate = Path.Combine(_content, "articles", "gate.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", gate))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        await using var site = new SiteFactory(_content, "Production");
        var gateOpened = false;
        try
        {
            using var client = site.CreatePlainClient();
            var live = await HealthEndpointTests.GetAsync(client, "/health/live").WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            var loading = await HealthEndpointTests.GetAsync(client, "/health/ready").WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, live.Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.Status);
            Assert.Equal("Unhealthy", loading.Checks["content"]);
            Assert.Equal("Healthy", loading.Checks["database-writable"]);

            await File.WriteAllTextAsync(gate, "---\ntitle: Gate\nsummary: Parsed last.\n---\n\n## Part\n\nText.\n", TestContext.Current.CancellationToken);
            gateOpened = true;
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var ready = await HealthEndpointTests.GetAsync(client, "/health/ready");
            while (ready.Status != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
                ready = await HealthEndpointTests.GetAsync(client, "/health/ready");
            }

            Assert.True(ready.Status == HttpStatusCode.OK, ready.Body);
        }
        finally
        {
            if (!gateOpened)
            {
                _ = Task.Run(() => File.WriteAllText(gate, string.Empty), CancellationToken.None);
            }
        }
    }
}
