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
/// wait for the parse and get the page, and the folder is parsed once, not once per early reader.
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

    [Fact]
    public async Task Readers_arriving_during_the_first_parse_wait_for_it_and_the_folder_is_parsed_once()
    {
        using var site = new LoggingSiteFactory(_content);
        using var client = site.CreatePlainClient();
        var pages = Enumerable.Range(1, 16).Select(i => $"/guide/article-{(i * 25):D3}").ToList();

        var responses = await Task.WhenAll(pages.Select(page => client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken)));

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(HttpStatusCode.OK, responses[i].StatusCode);
            var document = await HtmlHelpers.ParseAsync(responses[i]);
            Assert.Equal($"Article {(i + 1) * 25}", document.QuerySelector("h1")!.TextContent.Trim());
        }

        var loads = site.Logs.Events.Where(e => e.MessageTemplate.Text.StartsWith("Loaded {ArticleCount} articles", StringComparison.Ordinal)).ToList();
        var load = Assert.Single(loads);
        Assert.Equal(ArticleCount, LogCapture.Scalar(load, "ArticleCount"));
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
