using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Feeds;

public sealed class RobotsTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    [Fact]
    public async Task Robots_NamesTheAbsoluteSitemapUrl()
    {
        using var response = await factory.CreatePlainClient().GetAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n');
        var sitemap = Assert.Single(lines, l => l.StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase));
        var url = new Uri(sitemap["Sitemap:".Length..].Trim(), UriKind.Absolute);
        Assert.Equal("/sitemap.xml", url.AbsolutePath);
    }
}
