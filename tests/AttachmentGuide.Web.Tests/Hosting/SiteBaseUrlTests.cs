using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AttachmentGuide.Web.Tests.Hosting;

/// <summary><c>Site:BaseUrl</c> is the deployment's public address: it wins over site.yml's <c>base_url</c>.</summary>
public sealed class SiteBaseUrlTests
{
    [Fact]
    public async Task The_deployment_base_url_wins_over_the_content_one_in_canonical_links()
    {
        using var factory = new BaseUrlSiteFactory("https://clinic.example.net/");
        using var client = factory.CreatePlainClient();

        var document = await client.GetDocumentAsync("/guide/what-causes-attachment-trauma");

        Assert.Equal(
            "https://clinic.example.net/guide/what-causes-attachment-trauma",
            document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("guide.example.org")]
    [InlineData("ftp://guide.example.org")]
    [InlineData("https://guide.example.org/clinic")]
    [InlineData("https://guide.example.org/?x=1")]
    public void A_base_url_that_is_not_a_bare_address_stops_start_up_naming_the_setting(string value)
    {
        using var factory = new BaseUrlSiteFactory(value);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreatePlainClient());

        Assert.Contains("Site:BaseUrl", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class BaseUrlSiteFactory(string baseUrl) : SiteFactory(TestPaths.RealContent, "Production")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:BaseUrl", baseUrl);
        }
    }
}
