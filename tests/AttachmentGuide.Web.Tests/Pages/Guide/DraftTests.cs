using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Guide;

public sealed class DraftTests
{
    private const string DraftPath = "/guide/draft-in-progress";

    [Fact]
    public async Task DraftArticle_IsServedInDevelopment()
    {
        await using var factory = new SiteFactory(TestPaths.Fixture("Site"), "Development");

        var document = await factory.CreatePlainClient().GetDocumentAsync(DraftPath);

        Assert.Equal("Draft In Progress", Assert.Single(document.QuerySelectorAll("h1")).Text());
    }

    [Fact]
    public async Task DraftArticle_Is404InProduction()
    {
        await using var factory = new SiteFactory(TestPaths.Fixture("Site"), "Production");
        var client = factory.CreatePlainClient();

        var published = await client.GetDocumentAsync("/guide/gentle-start");
        var draft = await client.GetDocumentAsync(DraftPath, HttpStatusCode.NotFound);

        Assert.Equal("A Gentle Start", Assert.Single(published.QuerySelectorAll("h1")).Text());
        Assert.DoesNotContain("Draft In Progress", draft.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftArticle_IsNotListedOnHomePageInProduction()
    {
        await using var factory = new SiteFactory(TestPaths.Fixture("Site"), "Production");

        var home = await factory.CreatePlainClient().GetDocumentAsync("/");

        var slugs = home.ArticleSlugs();
        Assert.Contains("gentle-start", slugs);
        Assert.DoesNotContain("draft-in-progress", slugs);
    }

    [Fact]
    public async Task DraftArticle_IsNotInSitemapOrFeedInProduction()
    {
        await using var factory = new SiteFactory(TestPaths.Fixture("Site"), "Production");
        var client = factory.CreatePlainClient();

        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        var feed = await client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("/guide/gentle-start", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-in-progress", sitemap, StringComparison.Ordinal);
        Assert.Contains("/guide/gentle-start", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-in-progress", feed, StringComparison.Ordinal);
    }
}
