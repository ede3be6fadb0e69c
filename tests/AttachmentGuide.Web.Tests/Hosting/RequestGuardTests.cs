using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AttachmentGuide.Web.Tests.Hosting;

/// <summary>Methods the site does not serve are refused before routing, and a forged Host header is never sent back.</summary>
public sealed class RequestGuardTests(ProductionSiteFactory site) : IClassFixture<ProductionSiteFactory>
{
    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/contact")]
    [InlineData("PUT", "/contact")]
    [InlineData("DELETE", "/staff/inquiries")]
    [InlineData("OPTIONS", "/")]
    [InlineData("PATCH", "/guide/what-causes-attachment-trauma")]
    [InlineData("PROPFIND", "/staff/login")]
    public async Task A_method_other_than_get_head_or_post_answers_405_with_allow(string method, string path)
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8443")]
    [InlineData("localhost.evil.example")]
    public async Task A_forged_host_is_not_reflected_in_the_redirect_to_sign_in(string host)
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff/inquiries");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.DoesNotContain("evil", location, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/staff/login", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_base_url_in_production_the_request_takes_its_host_from_it()
    {
        using var factory = new BaseUrlFactory();
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff/inquiries");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var canonical = (await client.GetDocumentAsync("/")).QuerySelector("link[rel=canonical]")?.GetAttribute("href");

        Assert.DoesNotContain("evil", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("https://clinic.example.net", canonical, StringComparison.Ordinal);
    }

    private sealed class BaseUrlFactory() : SiteFactory(TestPaths.RealContent, "Production")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:BaseUrl", "https://clinic.example.net");
        }
    }
}
