using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Security;

public sealed class HstsTests(ProductionSiteFactory factory) : IClassFixture<ProductionSiteFactory>
{
    private const int OneYear = 31536000;

    // Like UseHsts, the header is never sent to localhost or 127.0.0.1, so requests name a public host.
    private const string PublicHost = "attachmentguide.example.org";

    private static int MaxAge(HttpResponseMessage response)
    {
        var header = HeaderAssertions.OneHeader(response, "Strict-Transport-Security");
        var maxAge = header.Split(';', StringSplitOptions.TrimEntries)
            .Single(part => part.StartsWith("max-age=", StringComparison.OrdinalIgnoreCase));
        return int.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Production_OverHttps_SendsHstsForAtLeastAYear()
    {
        using var response = await factory.CreatePlainClient("https://" + PublicHost).GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(MaxAge(response) >= OneYear, $"HSTS max-age is {MaxAge(response)}");
        HeaderAssertions.HasSecurityHeaders(response);
    }

    [Fact]
    public async Task Production_BehindTlsProxy_SendsHstsForAtLeastAYear()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/guide/what-causes-attachment-trauma", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await factory.CreatePlainClient("http://" + PublicHost).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(MaxAge(response) >= OneYear, $"HSTS max-age is {MaxAge(response)}");
    }

    [Fact]
    public async Task Production_OverPlainHttp_AnswersWithoutRedirectOrHsts()
    {
        using var response = await factory.CreatePlainClient("http://" + PublicHost).GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Production_NotFound_IsTheFriendlyPageWithSecurityHeaders()
    {
        using var response = await factory.CreatePlainClient("https://" + PublicHost).GetAsync(new Uri("/guide/nope", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        HeaderAssertions.HasSecurityHeaders(response);
        var document = await HtmlHelpers.ParseAsync(response);
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.NotEmpty(document.QuerySelectorAll("main a[href='/']"));
    }
}
