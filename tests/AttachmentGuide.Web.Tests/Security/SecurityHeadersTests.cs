using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Security;

public sealed class SecurityHeadersTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/guide/what-causes-attachment-trauma", HttpStatusCode.OK)]
    [InlineData("/guide/nope", HttpStatusCode.NotFound)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/sitemap.xml", HttpStatusCode.OK)]
    public async Task Response_CarriesSecurityHeaders(string path, HttpStatusCode expected)
    {
        using var response = await factory.CreatePlainClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        HeaderAssertions.HasSecurityHeaders(response);
    }

    [Fact]
    public async Task FingerprintedStylesheet_IsServedWithSecurityHeaders()
    {
        var client = factory.CreatePlainClient();
        var home = await client.GetDocumentAsync("/");
        var href = Assert.Single(home.QuerySelectorAll("link[rel=stylesheet]")).GetAttribute("href");
        Assert.NotNull(href);
        Assert.StartsWith("/css/site", href, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        HeaderAssertions.HasSecurityHeaders(response);
    }

    [Fact]
    public async Task PageScripts_AreServedAsJavaScriptFromThisSite()
    {
        var client = factory.CreatePlainClient();
        var home = await client.GetDocumentAsync("/");
        var sources = home.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.NotEmpty(sources);

        foreach (var src in sources)
        {
            Assert.StartsWith("/", src, StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(src, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
    }
}
