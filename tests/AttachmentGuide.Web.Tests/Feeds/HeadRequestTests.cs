using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Feeds;

/// <summary>HTTP servers must answer HEAD as they answer GET (RFC 9110, 9.1); feed readers and uptime monitors send it.</summary>
public sealed class HeadRequestTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/guide/what-causes-attachment-trauma")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/robots.txt")]
    public async Task Head_AnswersWithTheSameStatusAndTypeAsGet(string path)
    {
        var client = factory.CreatePlainClient();
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using var headRequest = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));

        using var head = await client.SendAsync(headRequest, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }
}
