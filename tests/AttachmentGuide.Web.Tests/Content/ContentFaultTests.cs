using System.Diagnostics;
using System.Net;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace AttachmentGuide.Web.Tests.Content;

/// <summary>
/// No content file and no fault while reloading takes the site down: a hostile file is that file's error, a
/// reload that throws or a folder that disappears keeps the last good content, and the watch comes back with the folder.
/// </summary>
public sealed class ContentFaultTests : IDisposable
{
    private const string DeepQuotes = "---\ntitle: Deep\nsummary: Nested too deep.\n---\n\n## Part\n\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly string _content = Path.Combine(Path.GetTempPath(), "ag-faults-" + Guid.NewGuid().ToString("N"));

    public ContentFaultTests() => CreateFolder("Before the edit");

    public void Dispose()
    {
        if (Directory.Exists(_content))
        {
            Directory.Delete(_content, recursive: true);
        }
    }

    public static TheoryData<string> HostileFiles() => new()
    {
        DeepQuotes + string.Concat(Enumerable.Repeat("> ", 130)) + "x\n",
        DeepQuotes + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n",
        DeepQuotes + string.Concat(Enumerable.Repeat("[", 10_000)) + "x" + string.Concat(Enumerable.Repeat("](u)", 10_000)) + "\n",
        "---\ntitle: T\nsummary: S.\ntags: " + new string('[', 30_000) + "\n---\n",
        "---\ntitle: T\nsummary: S.\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n? *b\n: v\n---\n",
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task In_production_a_hostile_file_is_left_out_and_the_rest_of_the_site_starts_and_serves(string hostile)
    {
        File.WriteAllText(Path.Combine(_content, "articles", "hostile.md"), hostile);
        using var site = new FaultSiteFactory(_content, "Production");
        var client = site.CreatePlainClient();

        Assert.Equal("Before the edit", (await client.GetDocumentAsync("/guide/living-article")).QuerySelector("h1")!.Text());
        using var missing = await client.GetAsync(new Uri("/guide/hostile", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(site.Content.Problems, d => d.IsError && d.FilePath.EndsWith("hostile.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_watched_reload_of_a_hostile_file_keeps_the_site_serving()
    {
        using var site = new FaultSiteFactory(_content, "Development", watch: true);
        var client = site.CreatePlainClient();
        await client.GetDocumentAsync("/guide/living-article");
        var before = site.Content.Library;

        File.WriteAllText(Path.Combine(_content, "articles", "hostile.md"), DeepQuotes + string.Concat(Enumerable.Repeat("> ", 130)) + "x\n");
        await Until(() => !ReferenceEquals(site.Content.Library, before));

        Assert.Contains(site.Content.Problems, d => d.Code == "AG0121");
        Assert.Equal("Before the edit", (await client.GetDocumentAsync("/guide/living-article")).QuerySelector("h1")!.Text());
        WriteArticle("After the edit");
        await Until(async () => await TitleAsync(client) == "After the edit");
    }

    [Fact]
    public async Task A_reload_that_throws_keeps_the_last_good_content_logs_it_and_the_watch_goes_on()
    {
        using var site = new FaultSiteFactory(_content, "Development", watch: true);
        var client = site.CreatePlainClient();
        await client.GetDocumentAsync("/guide/living-article");

        site.Clock.Fail = true;
        WriteArticle("Never served");
        await Until(() => site.Logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("Reloading the content folder", StringComparison.Ordinal)));

        Assert.Equal("Before the edit", await TitleAsync(client));
        site.Clock.Fail = false;
        WriteArticle("After the fault");
        await Until(async () => await TitleAsync(client) == "After the fault");
    }

    [Fact]
    public async Task A_folder_that_disappears_keeps_the_last_good_content_and_is_watched_again_when_it_returns()
    {
        using var site = new FaultSiteFactory(_content, "Development", watch: true);
        var client = site.CreatePlainClient();
        await client.GetDocumentAsync("/guide/living-article");

        Directory.Delete(_content, recursive: true);
        await Until(() => site.Logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("The content folder {ContentPath} is gone", StringComparison.Ordinal)));
        Assert.Equal("Before the edit", await TitleAsync(client));

        CreateFolder("The folder is back");
        await Until(async () => await TitleAsync(client) == "The folder is back");
        WriteArticle("Edited after it came back");
        await Until(async () => await TitleAsync(client) == "Edited after it came back");
    }

    private void CreateFolder(string title)
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content, "site.yml"), overwrite: true);
        WriteArticle(title);
    }

    private void WriteArticle(string title) =>
        File.WriteAllText(
            Path.Combine(_content, "articles", "living-article.md"),
            $"---\ntitle: {title}\nsummary: An article that changes while the site runs.\n---\n\n## Part\n\nText.\n");

    private static async Task<string> TitleAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/guide/living-article", UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? (await HtmlHelpers.ParseAsync(response)).QuerySelector("h1")!.Text()
            : $"HTTP {(int)response.StatusCode}";
    }

    private static Task Until(Func<bool> condition) => Until(() => Task.FromResult(condition()));

    private static async Task Until(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, $"not within {Patience.TotalSeconds} s");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A clock that can be made to throw, given only to the content loader: a reload that fails for any reason.</summary>
    private sealed class FailingClock : TimeProvider
    {
        public volatile bool Fail;

        public override DateTimeOffset GetUtcNow() => Fail ? throw new InvalidOperationException("the clock failed") : System.GetUtcNow();
    }

    private sealed class FaultSiteFactory(string content, string environment, bool watch = false) : SiteFactory(content, environment)
    {
        public LogCapture Logs { get; } = new();

        public FailingClock Clock { get; } = new();

        public SiteContent Content => Services.GetRequiredService<SiteContent>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:Watch", watch ? "true" : "false");
            builder.UseSetting("Serilog:MinimumLevel:Override:AttachmentGuide.Web.Content", "Information");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILogEventSink>(Logs);
                services.AddSingleton(ContentParsing.CreateLoader(Clock));
            });
        }
    }
}
