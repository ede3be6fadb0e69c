using System.Net;
using System.Xml.Linq;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Feeds;

public sealed class SitemapTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<IReadOnlyList<Uri>> GetLocationsAsync()
    {
        using var response = await factory.CreatePlainClient().GetAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { "application/xml", "text/xml" });
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Sitemap + "urlset", xml.Root?.Name);
        return xml.Root!.Elements(Sitemap + "url")
            .Select(url => url.Element(Sitemap + "loc")?.Value)
            .Select(loc => Uri.TryCreate(loc, UriKind.Absolute, out var uri) ? uri : throw new Xunit.Sdk.XunitException($"sitemap <loc> '{loc}' is not an absolute URL"))
            .ToList();
    }

    [Fact]
    public async Task Sitemap_ListsEveryArticleUrl()
    {
        var paths = (await GetLocationsAsync()).Select(u => u.AbsolutePath).ToList();

        Assert.NotEmpty(RealContent.ArticleSlugs());
        Assert.All(RealContent.ArticleSlugs(), slug => Assert.Contains("/guide/" + slug, paths));
    }

    [Fact]
    public async Task Sitemap_ListsHomeAndPrivacyPages()
    {
        var paths = (await GetLocationsAsync()).Select(u => u.AbsolutePath).ToList();

        Assert.Contains("/", paths);
        Assert.Contains("/privacy", paths);
        Assert.Contains("/about", paths);
        Assert.Contains("/faq", paths);
    }

    [Fact]
    public async Task Sitemap_UrlsMatchTheCanonicalLinksOfThePages()
    {
        var locations = await GetLocationsAsync();
        var client = factory.CreatePlainClient();

        foreach (var location in locations)
        {
            var document = await client.GetDocumentAsync(location.AbsolutePath);
            Assert.Equal(location.AbsoluteUri, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
    }
}
