using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages;

/// <summary>The home page as a person arriving sees it: welcome, a calm way to reach out, help now, then articles.</summary>
public sealed class HomePageTests(ProductionSiteFactory factory) : IClassFixture<ProductionSiteFactory>
{
    [Fact]
    public async Task Welcome_then_reach_out_then_crisis_help_then_articles()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        var order = document.QuerySelectorAll("main .home-intro, main aside.reach-out, main aside.crisis-help, main ul.article-list")
            .Select(e => e.ClassName)
            .ToList();
        Assert.Equal(["home-intro", "reach-out", "crisis-help", "article-list"], order);
    }

    [Fact]
    public async Task Reach_out_invites_to_the_contact_page()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        var reachOut = document.QuerySelector("aside.reach-out");
        Assert.NotNull(reachOut);
        Assert.Equal("Reach out", reachOut.QuerySelector("h2")?.Text());
        Assert.Contains(reachOut.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/contact");
    }

    [Fact]
    public async Task Crisis_help_shows_every_line_from_site_yml_as_a_phone_link()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        var links = document.QuerySelectorAll("aside.crisis-help a[href^='tel:']").Select(a => a.Text()).ToList();
        Assert.Equal(["999", "116 123"], links);
    }

    [Fact]
    public async Task Each_article_shows_its_tags()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/");

        var card = Assert.Single(document.QuerySelectorAll("ul.article-list > li"));
        Assert.Equal(["attachment", "causes", "emdr", "somatic"], card.QuerySelectorAll("ul.tags li").Select(li => li.Text()));
    }
}

/// <summary>Drafts in Development carry a visible label wherever they are shown.</summary>
public sealed class DraftLabelTests(FixtureSiteFactory factory) : IClassFixture<FixtureSiteFactory>
{
    [Fact]
    public async Task A_draft_is_labelled_on_the_home_list_and_its_own_page()
    {
        var client = factory.CreatePlainClient();

        var home = await client.GetDocumentAsync("/");
        var article = await client.GetDocumentAsync("/guide/draft-in-progress");

        var card = Assert.Single(home.QuerySelectorAll("ul.article-list > li"), li => li.QuerySelector("a")?.GetAttribute("href") == "/guide/draft-in-progress");
        Assert.Equal("Draft", card.QuerySelector(".draft-label strong")?.Text());
        Assert.Equal("Draft", article.QuerySelector("h1 ~ .draft-label strong, .article-header .draft-label strong")?.Text());
        Assert.Single(home.QuerySelectorAll(".draft-label"));
    }
}
