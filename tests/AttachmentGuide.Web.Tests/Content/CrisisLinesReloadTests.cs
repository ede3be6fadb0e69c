using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Content;

/// <summary>
/// site.yml saved with a crisis line that cannot be read while the site runs (Development, watching): readers keep
/// the last good numbers, and the staff preview says why.
/// </summary>
public sealed class CrisisLinesReloadTests : IDisposable
{
    private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("ag-crisis-reload-");

    public CrisisLinesReloadTests()
    {
        var articles = _content.CreateSubdirectory("articles");
        File.Copy(Path.Combine(TestPaths.RealArticles, "what-causes-attachment-trauma.md"), Path.Combine(articles.FullName, "what-causes-attachment-trauma.md"));
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), SiteYml);
    }

    private string SiteYml => Path.Combine(_content.FullName, "site.yml");

    public void Dispose() => _content.Delete(recursive: true);

    [Fact]
    public async Task A_broken_crisis_line_saved_while_running_keeps_the_last_good_numbers_and_is_listed_as_AG0305()
    {
        using var factory = new WatchingSiteFactory(_content.FullName);
        using var client = factory.CreatePlainClient();
        Assert.Equal(["tel:999", "tel:116123"], CrisisNumbers(await client.GetDocumentAsync("/")));

        // The mistake the issue names: a mapping where the list of "- label: ... number: ..." entries belongs,
        // saved together with a new tagline, so the page shows when the edit has been read.
        var lines = File.ReadAllLines(SiteYml).ToList();
        var start = lines.FindIndex(l => l.StartsWith("crisis_lines:", StringComparison.Ordinal));
        Assert.True(start >= 0, "The shipped site.yml has no crisis_lines");
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("  ", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, ["crisis_lines:", "  Samaritans: 24 hours"]);
        var tagline = lines.FindIndex(l => l.StartsWith("tagline:", StringComparison.Ordinal));
        lines[tagline] = "tagline: Saved with a broken crisis line";
        await File.WriteAllLinesAsync(SiteYml, lines, TestContext.Current.CancellationToken);

        var home = await WaitForAsync(client, d => d.QuerySelector(".content-problems")?.TextContent.Contains("error AG0305", StringComparison.Ordinal) == true);

        Assert.Contains("Saved with a broken crisis line", home.Body!.TextContent, StringComparison.Ordinal);
        var problem = Assert.Single(home.QuerySelectorAll(".content-problems li"), li => li.TextContent.Contains("AG0305", StringComparison.Ordinal));
        Assert.Contains($"site.yml({start + 2},", problem.TextContent, StringComparison.Ordinal);
        Assert.Equal(["tel:999", "tel:116123"], CrisisNumbers(home));
        Assert.Equal(["tel:999", "tel:116123"], CrisisNumbers(await client.GetDocumentAsync("/guide/what-causes-attachment-trauma")));
    }

    private static string?[] CrisisNumbers(IDocument page)
    {
        var help = page.QuerySelector("aside.crisis-help");
        Assert.NotNull(help);
        return help.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).ToArray();
    }

    private static async Task<IDocument> WaitForAsync(HttpClient client, Func<IDocument, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await client.GetDocumentAsync("/");
            if (condition(page))
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, "The edit to site.yml was not read within 10 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private sealed class WatchingSiteFactory(string content) : SiteFactory(content, "Development")
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:Watch", "true");
        }
    }
}
