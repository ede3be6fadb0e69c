using System.Net;
using System.Text.Json;
using AttachmentGuide.Web.Tests.Infrastructure;
using Serilog.Events;

namespace AttachmentGuide.Web.Tests.Health;

/// <summary>
/// <c>/health/live</c> and <c>/health/ready</c> on the site in Production: 200 when all is well, 503 naming the
/// failing check when the database cannot be read or written, the key folder has lost its keys or the alert sender
/// has stopped passing; never cached, and not logged at Information (a monitor polls them all day).
/// </summary>
public sealed class HealthEndpointTests
{
    public static readonly string[] ReadyChecks = ["content", "database", "database-writable", "key-ring", "alert-sender"];

    internal sealed record Health(HttpStatusCode Status, string CacheControl, string Overall, IReadOnlyDictionary<string, string> Checks, string Body);

    internal static async Task<Health> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new Health(response.StatusCode, response.Headers.CacheControl?.ToString() ?? "", json.RootElement.GetProperty("status").GetString()!, checks, body);
    }

    [Fact]
    public async Task A_healthy_site_answers_200_on_both_with_every_check_named_and_no_store()
    {
        await using var site = new StaffSiteFactory();
        using var client = site.CreatePlainClient();

        var live = await GetAsync(client, "/health/live");
        var ready = await WhenReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("Healthy", live.Overall);
        Assert.True(ready.Status == HttpStatusCode.OK, ready.Body);
        Assert.Equal(ReadyChecks.Order(StringComparer.Ordinal), ready.Checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(ready.Checks.Values, status => Assert.Equal("Healthy", status));
        Assert.Equal("no-store", live.CacheControl);
        Assert.Equal("no-store", ready.CacheControl);
    }

    [Fact]
    public async Task Health_requests_leave_no_request_log_line_at_information_while_pages_still_do()
    {
        await using var site = new StaffSiteFactory();
        using var client = site.CreatePlainClient();

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
        Assert.Equal(HttpStatusCode.OK, (await WhenReadyAsync(client)).Status);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        var requestLines = site.Logs.Events.Where(e => e.Level >= LogEventLevel.Information && e.Properties.ContainsKey("RequestPath")).ToList();
        Assert.Contains(requestLines, e => LogCapture.Scalar(e, "RequestPath") as string == "/");
        Assert.DoesNotContain(requestLines, e => (LogCapture.Scalar(e, "RequestPath") as string ?? "").StartsWith("/health", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_key_ring_when_the_key_folder_has_lost_its_keys()
    {
        await using var site = new StaffSiteFactory();
        using var client = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.OK, (await WhenReadyAsync(client)).Status);

        var keys = Path.Combine(site.DataPath, "keys");
        var away = Path.Combine(site.DataPath, "keys-moved-away");
        Directory.Move(keys, away);
        Directory.CreateDirectory(keys);
        var ready = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Checks["key-ring"]);
        Assert.Equal("Healthy", ready.Checks["database-writable"]);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_database_when_its_file_was_moved_away_under_the_site()
    {
        await using var site = new StaffSiteFactory();
        using var client = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.OK, (await WhenReadyAsync(client)).Status);

        File.Move(site.DatabasePath, site.DatabasePath + ".moved");
        var ready = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Checks["database-writable"]);
        Assert.Equal("Healthy", ready.Checks["key-ring"]);
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_database_when_its_file_has_become_read_only()
    {
        await using var site = new StaffSiteFactory();
        using var client = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.OK, (await WhenReadyAsync(client)).Status);

        using var readOnly = await ReadOnlyFiles.MakeAsync(site.DatabasePath, site.DatabasePath + "-wal");
        var ready = await GetAsync(client, "/health/ready");

        Assert.True(ready.Status == HttpStatusCode.ServiceUnavailable, ready.Body);
        Assert.Equal("Unhealthy", ready.Checks["database-writable"]);
        Assert.DoesNotContain(site.DatabasePath, ready.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_ef_core_database_check_when_its_file_is_replaced_by_one_that_is_not_a_database()
    {
        await using var site = new StaffSiteFactory();
        using var client = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.OK, (await WhenReadyAsync(client)).Status);

        // A bad copy or a disk error: the path now holds bytes SQLite cannot read as a database.
        var garbage = site.DatabasePath + ".garbage";
        await File.WriteAllBytesAsync(garbage, Enumerable.Repeat((byte)0xA5, 16 * 1024).ToArray(), TestContext.Current.CancellationToken);
        File.Move(garbage, site.DatabasePath, overwrite: true);
        var ready = await GetAsync(client, "/health/ready");

        Assert.True(ready.Status == HttpStatusCode.ServiceUnavailable, ready.Body);
        Assert.Equal("Unhealthy", ready.Checks["database"]);
        Assert.Equal("Healthy", ready.Checks["key-ring"]);
        Assert.DoesNotContain(site.DatabasePath, ready.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_alert_sender_when_it_has_not_passed_over_the_outbox_for_too_long()
    {
        await using var site = AlertsOn(pollInterval: "01:00:00");
        using var client = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.OK, (await WhenReadyAsync(client)).Status);

        site.Time.Advance(TimeSpan.FromMinutes(6));
        var ready = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy", ready.Checks["alert-sender"]);
    }

    [Fact]
    public async Task A_sender_that_goes_on_passing_stays_ready_however_long_the_site_runs()
    {
        await using var site = AlertsOn(pollInterval: "00:01:00");
        using var client = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.OK, (await WhenReadyAsync(client)).Status);

        // Six minutes pass with the sender woken each minute: its last pass stays recent.
        Health ready = null!;
        for (var minute = 0; minute < 6; minute++)
        {
            site.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            ready = await GetAsync(client, "/health/ready");
        }
        while (ready.Status != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(20) && await Delay());

        Assert.True(ready.Status == HttpStatusCode.OK, ready.Body);
    }

    /// <summary>
    /// The first ready answer that is 200, or the last one after 20 s. Content loads in the background after start,
    /// and until it is loaded ready rightly answers 503 ("content still loading"): on a busy machine that can outlast
    /// the first request.
    /// </summary>
    internal static async Task<Health> WhenReadyAsync(HttpClient client)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        Health ready;
        while ((ready = await GetAsync(client, "/health/ready")).Status != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return ready;
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(100, TestContext.Current.CancellationToken);
        return true;
    }

    private static StaffSiteFactory AlertsOn(string pollInterval)
    {
        var site = new StaffSiteFactory();
        foreach (var (key, value) in AlertSettings.For(port: 9))
        {
            site.Settings[key] = value;
        }

        site.Settings["Notifications:PollInterval"] = pollInterval;
        return site;
    }
}
