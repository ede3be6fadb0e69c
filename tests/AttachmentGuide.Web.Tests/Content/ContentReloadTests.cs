using System.Diagnostics;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Content;

public sealed class ContentReloadTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "ag-reload-" + Guid.NewGuid().ToString("N"));

    public ContentReloadTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content, "site.yml"));
        Write("Before the edit");
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact]
    public async Task An_edited_article_is_served_after_the_save_without_a_restart()
    {
        using var factory = new WatchingSiteFactory(_content);
        var client = factory.CreatePlainClient();
        Assert.Equal("Before the edit", (await client.GetDocumentAsync("/guide/living-article")).QuerySelector("h1")!.Text());

        Write("After the edit");
        var clock = Stopwatch.StartNew();
        string? title = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            title = (await client.GetDocumentAsync("/guide/living-article")).QuerySelector("h1")!.Text();
            if (title == "After the edit")
            {
                break;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        // The one-second promise is measured by compare.sh (row 6) on an idle machine; here, beside the whole
        // suite on two cores, the parse can wait for a core, so this holds the behaviour and prints the time.
        Assert.Equal("After the edit", title);
        TestContext.Current.TestOutputHelper?.WriteLine($"served after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_on_the_site()
    {
        using var factory = new WatchingSiteFactory(_content);
        var client = factory.CreatePlainClient();
        await client.GetDocumentAsync("/guide/living-article");
        var content = factory.Services.GetService(typeof(AttachmentGuide.Web.Content.SiteContent)) as AttachmentGuide.Web.Content.SiteContent;
        var before = content!.Library;

        File.WriteAllText(Path.Combine(_content, "articles", "living-article.md"), "---\ntitle: [unclosed\n---\n");
        var clock = Stopwatch.StartNew();
        while (ReferenceEquals(content.Library, before) && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.NotSame(before, content.Library);
        Assert.Equal("Before the edit", (await client.GetDocumentAsync("/guide/living-article")).QuerySelector("h1")!.Text());
    }

    private void Write(string title) =>
        File.WriteAllText(
            Path.Combine(_content, "articles", "living-article.md"),
            $"---\ntitle: {title}\nsummary: An article that changes while the site runs.\n---\n\n## Part\n\nText.\n");

    private sealed class WatchingSiteFactory(string content) : SiteFactory(content, "Development")
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:Watch", "true");
        }
    }
}
