using System.Diagnostics;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AttachmentGuide.Web.Tests.Content;

/// <summary>
/// The site in Production with the file watch off, as on shared storage whose changes raise no file-change event:
/// with <c>Content:PollSeconds</c> it still serves a change made on disk, and keeps its last good content while the
/// folder is gone.
/// </summary>
public sealed class ContentPollingTests : IDisposable
{
    private static readonly TimeSpan Promised = TimeSpan.FromSeconds(5);
    private readonly string _content = Path.Combine(Path.GetTempPath(), "ag-poll-" + Guid.NewGuid().ToString("N"));

    public ContentPollingTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content, "site.yml"));
        Write(_content, "Before the edit");
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var folder in new[] { _content, _content + ".away" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task An_article_changed_on_disk_is_served_within_five_seconds_without_the_watch()
    {
        using var site = new PollingSite(_content);
        var reader = site.CreatePlainClient();
        Assert.Equal("Before the edit", await TitleAsync(reader));

        Write(_content, "After the edit");

        Assert.Equal("After the edit", await TitleWithinAsync(reader, "After the edit"));
    }

    [Fact]
    public async Task A_new_article_and_a_deleted_one_are_seen_too()
    {
        using var site = new PollingSite(_content);
        var reader = site.CreatePlainClient();
        Assert.Equal("Before the edit", await TitleAsync(reader));

        File.Move(Path.Combine(_content, "articles", "living-article.md"), Path.Combine(_content, "articles", "moved-article.md"));

        var clock = Stopwatch.StartNew();
        while ((await reader.GetAsync(new Uri("/guide/moved-article", UriKind.Relative), Token)).StatusCode != System.Net.HttpStatusCode.OK
               && clock.Elapsed < Promised)
        {
            await Task.Delay(100, Token);
        }

        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync(new Uri("/guide/moved-article", UriKind.Relative), Token)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/guide/living-article", UriKind.Relative), Token)).StatusCode);
    }

    [Fact]
    public async Task While_the_folder_is_gone_the_last_good_content_is_served_and_a_changed_folder_is_loaded_when_it_is_back()
    {
        using var site = new PollingSite(_content);
        var reader = site.CreatePlainClient();
        Assert.Equal("Before the edit", await TitleAsync(reader));

        Directory.Move(_content, _content + ".away");
        // Two looks over the missing folder.
        await Task.Delay(TimeSpan.FromSeconds(2.5), Token);
        Assert.Equal("Before the edit", await TitleAsync(reader));

        Write(_content + ".away", "Back, changed");
        Directory.Move(_content + ".away", _content);

        Assert.Equal("Back, changed", await TitleWithinAsync(reader, "Back, changed"));
    }

    private static async Task<string?> TitleWithinAsync(HttpClient reader, string expected)
    {
        var clock = Stopwatch.StartNew();
        string? title;
        while ((title = await TitleAsync(reader)) != expected && clock.Elapsed < Promised)
        {
            await Task.Delay(100, Token);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"served after {clock.ElapsedMilliseconds} ms");
        return title;
    }

    private static async Task<string?> TitleAsync(HttpClient reader) =>
        (await reader.GetDocumentAsync("/guide/living-article")).QuerySelector("h1")?.TextContent.Trim();

    private static void Write(string content, string title) =>
        File.WriteAllText(
            Path.Combine(content, "articles", "living-article.md"),
            $"---\ntitle: {title}\nsummary: An article that changes on shared storage.\n---\n\n## Part\n\nText.\n");

    private sealed class PollingSite(string content) : SiteFactory(content, "Production")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:PollSeconds", "1");
        }
    }
}
