using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Standalone;

/// <summary>Pages on a content folder made for each test: contents lists, drafts and reserved addresses.</summary>
public sealed class StandalonePageTests : IDisposable
{
    private readonly string _content = Directory.CreateTempSubdirectory("ag-pages-").FullName;

    public StandalonePageTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        Directory.CreateDirectory(Path.Combine(_content, "pages"));
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content, "site.yml"));
        File.WriteAllText(Path.Combine(_content, "articles", "fine.md"), "---\ntitle: Fine\nsummary: A good article.\n---\n\n## Part\n\nText.\n");
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private void WritePage(string name, string frontMatter, int sections) =>
        File.WriteAllText(
            Path.Combine(_content, "pages", name),
            $"---\ntitle: {name}\nsummary: About {name}.\n{frontMatter}---\n\nLead.\n\n" +
            string.Concat(Enumerable.Range(1, sections).Select(i => $"## Part {i}\n\nText {i}.\n\n")));

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task On_this_page_is_shown_only_from_three_sections(int sections, bool shown)
    {
        WritePage("short.md", string.Empty, sections);
        using var site = new SiteFactory(_content, "Production");

        var document = await site.CreatePlainClient().GetDocumentAsync("/short");

        Assert.Equal(sections, document.QuerySelectorAll("section[aria-labelledby]").Length);
        Assert.Equal(shown, document.QuerySelector("#on-this-page") is not null);
    }

    [Theory]
    [InlineData("contact", "Send")]
    [InlineData("guide", null)]
    [InlineData("staff", null)]
    public async Task A_page_named_like_a_site_address_never_takes_it(string slug, string? contactText)
    {
        WritePage(slug + ".md", string.Empty, 1);
        using var site = new SiteFactory(_content, "Development");
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/" + slug, UriKind.Relative), TestContext.Current.CancellationToken);
        var home = await client.GetDocumentAsync("/");

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Text 1.", html, StringComparison.Ordinal);
        if (contactText is not null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(contactText, html, StringComparison.Ordinal);
        }

        var problem = Assert.Single(home.QuerySelectorAll("aside.content-problems li"), li => li.TextContent.Contains("AG0109", StringComparison.Ordinal));
        Assert.Contains(slug + ".md", problem.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_page_is_labelled_in_development_and_absent_in_production()
    {
        WritePage("visit.md", "draft: true\n", 1);
        using var development = new SiteFactory(_content, "Development");
        using var production = new SiteFactory(_content, "Production");

        var preview = await development.CreatePlainClient().GetDocumentAsync("/visit");
        await production.CreatePlainClient().GetDocumentAsync("/visit", HttpStatusCode.NotFound);

        Assert.Equal("Draft", preview.QuerySelector(".draft-label strong")?.TextContent);
    }

    [Fact]
    public async Task An_address_with_no_page_is_404()
    {
        using var site = new SiteFactory(_content, "Production");

        await site.CreatePlainClient().GetDocumentAsync("/about", HttpStatusCode.NotFound);
    }
}
