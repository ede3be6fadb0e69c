using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Standalone;

/// <summary>The five shipped templates, as a reader of the published site sees them.</summary>
public sealed class TemplatePagesTests(ProductionSiteFactory factory) : IClassFixture<ProductionSiteFactory>
{
    public static TheoryData<string, string, string> Templates => new()
    {
        { "/about", "About the clinic", "How we work" },
        { "/therapists", "Our therapists", "Example Therapist" },
        { "/fees", "Fees", "Session fees" },
        { "/visit", "Visiting the clinic", "Sessions online" },
        { "/faq", "Questions people often ask", "Is what I tell you confidential?" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Each_template_is_a_page_with_its_title_and_sections(string path, string title, string section)
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(path);

        Assert.Equal(title, Assert.Single(document.QuerySelectorAll("h1")).Text());
        Assert.Contains(section, document.QuerySelectorAll("section[aria-labelledby] > h2").Select(h => h.Text()));
        Assert.EndsWith(path, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task No_note_for_staff_reaches_a_reader(string path, string title, string section)
    {
        _ = (title, section);
        var text = (await factory.CreatePlainClient().GetDocumentAsync(path)).Body!.TextContent;

        Assert.DoesNotContain("TO COMPLETE", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("template", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_privacy_notice_no_longer_shows_its_staff_notes()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/privacy");

        Assert.DoesNotContain("TO COMPLETE", document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(document.QuerySelectorAll("strong"), s => s.TextContent.Contains("staff", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("What we collect", document.QuerySelectorAll("h2").Select(h => h.Text()));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task A_page_has_no_article_chrome(string path, string title, string section)
    {
        _ = (title, section);
        var document = await factory.CreatePlainClient().GetDocumentAsync(path);

        Assert.DoesNotContain("min read", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("aside.reach-out"));
        Assert.Null(document.QuerySelector("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task Pages_marked_nav_are_linked_from_the_header_and_footer_of_every_page()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/what-causes-attachment-trauma");

        var header = document.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")).ToList();
        var footer = document.QuerySelectorAll(".site-footer nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/about", "/therapists", "/fees", "/visit", "/faq"], header);
        Assert.Superset(new HashSet<string?>(header), new HashSet<string?>(footer));
        Assert.Contains("/privacy", footer);
    }

    [Fact]
    public async Task The_staff_area_shows_its_own_menu_alone_and_links_the_clinic_pages_from_the_footer()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/staff/login");

        Assert.Null(document.QuerySelector("nav.site-nav"));
        var footer = document.QuerySelectorAll(".site-footer nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/about", footer);
    }
}
