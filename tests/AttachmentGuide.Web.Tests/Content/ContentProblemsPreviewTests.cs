using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Content;

/// <summary>
/// Staff previewing in Development see why an article is missing in the browser itself, with the same
/// file, line and code as check-content; readers (Production) never see the list.
/// </summary>
public sealed class ContentProblemsPreviewTests : IDisposable
{
    private readonly string _content = Directory.CreateTempSubdirectory("ag-problems-").FullName;

    public ContentProblemsPreviewTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content, "site.yml"));
        File.WriteAllText(Path.Combine(_content, "articles", "fine.md"), "---\ntitle: Fine\nsummary: A good article.\n---\n\n## Part\n\nText.\n");
        File.WriteAllText(Path.Combine(_content, "articles", "sleep-and-safety.md"), "---\ntitle: Sleep and safety\nsumary: Misspelt.\n---\n\n## Part\n\nText.\n");
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact]
    public async Task In_development_the_missing_articles_page_names_the_file_line_and_problem()
    {
        using var site = new SiteFactory(_content, "Development");
        using var client = site.CreatePlainClient();

        var page = await client.GetDocumentAsync("/guide/sleep-and-safety", System.Net.HttpStatusCode.NotFound);

        var problems = page.QuerySelector("aside.content-problems");
        Assert.NotNull(problems);
        Assert.Equal("content-problems-title", problems.GetAttribute("aria-labelledby"));
        var lines = problems.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Contains(lines, line => line.Contains("sleep-and-safety.md(", StringComparison.Ordinal) && line.Contains("error AG0103", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("sleep-and-safety.md(3,1): warning AG0201", StringComparison.Ordinal) && line.Contains("summary", StringComparison.Ordinal));
        Assert.True(problems.QuerySelector("details")?.HasAttribute("open"), "With an error the list is open");
        Assert.Contains("error AG0103", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_in_production_never_see_the_list()
    {
        using var site = new SiteFactory(_content, "Production");
        using var client = site.CreatePlainClient();

        var home = await client.GetDocumentAsync("/");
        var missing = await client.GetDocumentAsync("/guide/sleep-and-safety", System.Net.HttpStatusCode.NotFound);

        Assert.Null(home.QuerySelector("aside.content-problems"));
        Assert.Null(missing.QuerySelector("aside.content-problems"));
    }

    [Fact]
    public async Task Clean_content_shows_no_list_in_development()
    {
        File.Delete(Path.Combine(_content, "articles", "sleep-and-safety.md"));
        using var site = new SiteFactory(_content, "Development");
        using var client = site.CreatePlainClient();

        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector("aside.content-problems"));
    }

    [Fact]
    public async Task In_development_a_hard_to_read_article_is_listed_once_its_reading_age_is_checked()
    {
        // The longest sentence is on line 8.
        File.WriteAllText(Path.Combine(_content, "articles", "dense.md"), "---\ntitle: Dense\nsummary: Dense.\n---\n\n## Part\n\nTherapeutic interventions addressing developmental attachment disorganisation necessitate individualised formulation.\n");
        using var site = new SiteFactory(_content, "Development");
        using var client = site.CreatePlainClient();

        // The first page served starts the check (start-up never waits for it).
        await client.GetDocumentAsync("/guide/dense");
        await site.Services.GetRequiredService<SiteContent>().ReadingAgeCheck.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var page = await client.GetDocumentAsync("/guide/dense");

        var lines = page.QuerySelector("aside.content-problems")!.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        var warning = Assert.Single(lines, line => line.Contains("warning AG0230", StringComparison.Ordinal));
        Assert.Contains("dense.md(8,1): warning AG0230: the reading age is ", warning, StringComparison.Ordinal);
        Assert.Contains("above the site's 14", warning, StringComparison.Ordinal);
        // Beside the load's own problems, which are all still there, errors first.
        Assert.Contains("error AG0103", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("sleep-and-safety.md(3,1): warning AG0201", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_shipped_templates_show_staff_their_notes_in_development()
    {
        using var site = new RealSiteFactory();
        using var client = site.CreatePlainClient();

        var problems = (await client.GetDocumentAsync("/about")).QuerySelector("aside.content-problems");

        Assert.NotNull(problems);
        Assert.Contains(problems.QuerySelectorAll("li"), li => li.TextContent.Contains("about.md(", StringComparison.Ordinal) && li.TextContent.Contains("warning AG0220", StringComparison.Ordinal));
        // Dozens of template notes must not push the page being previewed below the first screen.
        var list = problems.QuerySelector("details");
        Assert.NotNull(list);
        Assert.False(list.HasAttribute("open"), "With warnings only the list starts closed");
    }
}
