using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Layout;

public sealed class DiscreetSiteFactory() : SiteFactory(TestPaths.Fixture("Discreet"), "Development");

public sealed class LayoutTests(RealSiteFactory real, DiscreetSiteFactory discreet) : IClassFixture<RealSiteFactory>, IClassFixture<DiscreetSiteFactory>
{
    private static readonly string[] Pages = ["/", "/guide/trauma-and-the-body", "/contact", "/contact/thanks", "/guide/missing"];

    [Fact]
    public async Task With_the_discreet_tab_on_every_page_has_the_same_neutral_title_and_icon()
    {
        var client = discreet.CreatePlainClient();
        var titles = new List<string>();
        foreach (var path in Pages)
        {
            var status = path == "/guide/missing" ? System.Net.HttpStatusCode.NotFound : System.Net.HttpStatusCode.OK;
            var document = await client.GetDocumentAsync(path, status);
            titles.Add(document.Title ?? string.Empty);
            Assert.Equal("/favicon-neutral.svg", document.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
        }

        Assert.All(titles, t => Assert.Equal("Recipes", t));
    }

    [Fact]
    public async Task Without_the_discreet_tab_titles_name_the_page_and_the_usual_icon_is_used()
    {
        var client = real.CreatePlainClient();

        var article = await client.GetDocumentAsync("/guide/what-causes-attachment-trauma");

        Assert.StartsWith("What Causes Attachment Trauma?", article.Title, StringComparison.Ordinal);
        Assert.Equal("/favicon.svg", article.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/guide/what-causes-attachment-trauma")]
    [InlineData("/contact")]
    [InlineData("/contact/thanks")]
    public async Task Crisis_help_with_tap_to_call_numbers_is_on_article_contact_and_thanks_pages(string path)
    {
        var document = await real.CreatePlainClient().GetDocumentAsync(path);

        var help = document.QuerySelector("aside.crisis-help");
        Assert.NotNull(help);
        Assert.Contains(help.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "tel:116123");
        Assert.Contains("not monitored around the clock", help.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quick_exit_is_a_plain_link_that_sends_no_referrer_on_every_page()
    {
        var client = real.CreatePlainClient();
        foreach (var path in new[] { "/", "/guide/what-causes-attachment-trauma", "/contact", "/privacy" })
        {
            var exit = (await client.GetDocumentAsync(path)).QuerySelector("a.quick-exit");

            Assert.NotNull(exit);
            Assert.Equal("https://www.bbc.co.uk/weather", exit.GetAttribute("href"));
            Assert.Equal("noreferrer", exit.GetAttribute("rel"));
        }
    }
}
