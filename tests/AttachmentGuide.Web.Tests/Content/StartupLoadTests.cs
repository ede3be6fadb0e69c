using System.Net;
using System.Text;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace AttachmentGuide.Web.Tests.Content;

/// <summary>
/// The site listens while its articles are still being parsed: readers who arrive in that moment
/// wait for the parse and get their page, and the folder is parsed once, not once per early reader.
/// </summary>
public sealed class StartupLoadTests : IDisposable
{
    private const int ArticleCount = 400;
    private readonly string _content = Path.Combine(Path.GetTempPath(), "ag-startup-load-" + Guid.NewGuid().ToString("N"));

    public StartupLoadTests()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_content, "articles")).FullName;
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content, "site.yml"));
        for (var i = 1; i <= ArticleCount; i++)
        {
            var text = new StringBuilder($"---\ntitle: Article {i}\nsummary: One of many articles.\n---\n\nA lead paragraph.\n");
            for (var section = 1; section <= 6; section++)
            {
                text.Append("\n## Part ").Append(section).Append("\n\n").AppendJoin(' ', Enumerable.Repeat("Words that fill a section of an article.", 40)).Append('\n');
            }

            File.WriteAllText(Path.Combine(articles, $"article-{i:D3}.md"), text.ToString());
        }
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact(Timeout = 60_000)]
    public async Task The_site_listens_while_it_parses_and_early_readers_get_their_page_when_the_parse_is_done()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "needs a named pipe (mkfifo)");

        // A named pipe among the articles: reading it blocks until the test writes it, so the first parse
        // cannot finish before the test says so.
        var gate = Path.Combine(_content, "articles", "article-gate.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", gate))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var site = new LoggingSiteFactory(_content);
        var gateOpened = false;
        try
        {
            // The host has started (the site listens) while the parse still waits on the pipe.
            using var client = site.CreatePlainClient();
            var pages = Enumerable.Range(1, 16).Select(i => $"/guide/article-{(i * 25):D3}").ToList();
            var early = pages.Select(page => client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken)).ToList();
            await Task.Delay(300, TestContext.Current.CancellationToken);
            Assert.All(early, request => Assert.False(request.IsCompleted, "a request was answered before the articles were parsed"));

            await File.WriteAllTextAsync(gate, "---\ntitle: The last article\nsummary: Parsed last.\n---\n\n## Part\n\nText.\n", TestContext.Current.CancellationToken);
            gateOpened = true;
            var responses = await Task.WhenAll(early);

            for (var i = 0; i < pages.Count; i++)
            {
                Assert.Equal(HttpStatusCode.OK, responses[i].StatusCode);
                var document = await HtmlHelpers.ParseAsync(responses[i]);
                Assert.Equal($"Article {(i + 1) * 25}", document.QuerySelector("h1")!.TextContent.Trim());
            }

            Assert.Equal("The last article", (await client.GetDocumentAsync("/guide/article-gate")).QuerySelector("h1")!.TextContent.Trim());
            var load = Assert.Single(site.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Loaded {ArticleCount} articles", StringComparison.Ordinal));
            Assert.Equal(ArticleCount + 1, LogCapture.Scalar(load, "ArticleCount"));
        }
        finally
        {
            if (!gateOpened)
            {
                // Release a parse still waiting on the pipe, without waiting here if nothing reads it.
                _ = Task.Run(() => File.WriteAllText(gate, string.Empty), CancellationToken.None);
            }
        }
    }

    private sealed class LoggingSiteFactory(string content) : SiteFactory(content, "Production")
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Override:AttachmentGuide.Web.Content.SiteContent", "Information");
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
        }
    }
}
