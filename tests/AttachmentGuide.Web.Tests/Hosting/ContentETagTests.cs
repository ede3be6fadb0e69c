using System.Net;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Hosting;

/// <summary>
/// Content pages carry a weak ETag of the content snapshot (plus the page's slug) and answer a matching
/// If-None-Match with 304. Each test starts its own host, so the first request misses the output cache
/// and reaches the page itself.
/// </summary>
public sealed class ContentETagTests
{
    private const string ArticleSlug = "what-causes-attachment-trauma";

    public static TheoryData<string, string?> Pages => new()
    {
        { "/", null },
        { "/guide/" + ArticleSlug, ArticleSlug },
        { "/privacy", "privacy" },
    };

    private static string ETagFor(RealSiteFactory factory, string? slug)
    {
        var version = factory.Services.GetRequiredService<SiteContent>().Library.Version;
        return slug is null ? $"W/\"{version}\"" : $"W/\"{version}-{slug}\"";
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_content_page_carries_its_snapshot_etag_and_asks_to_be_revalidated(string path, string? slug)
    {
        using var factory = new RealSiteFactory();
        using var client = factory.CreatePlainClient();

        using var response = await GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ETagFor(factory, slug), response.Headers.ETag?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_matching_if_none_match_is_answered_304_with_the_etag_and_no_body(string path, string? slug)
    {
        using var factory = new RealSiteFactory();
        using var client = factory.CreatePlainClient();
        var etag = ETagFor(factory, slug);

        using var response = await GetAsync(client, path, etag);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{1}")]
    [InlineData("*")]
    [InlineData("\"other\", {0}")]
    [InlineData("W/\"other\",{1}")]
    public async Task The_weak_or_strong_form_the_wildcard_or_one_of_a_list_matches(string format)
    {
        using var factory = new RealSiteFactory();
        using var client = factory.CreatePlainClient();
        var etag = ETagFor(factory, ArticleSlug);
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, etag, etag[2..]);

        using var response = await GetAsync(client, "/guide/" + ArticleSlug, header);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("W/\"stale\"")]
    [InlineData("\"stale\", W/\"older\"")]
    public async Task Another_snapshots_etag_gets_the_full_page(string header)
    {
        using var factory = new RealSiteFactory();
        using var client = factory.CreatePlainClient();

        using var response = await GetAsync(client, "/guide/" + ArticleSlug, header);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ETagFor(factory, ArticleSlug), response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Another_pages_etag_gets_the_full_page()
    {
        using var factory = new RealSiteFactory();
        using var client = factory.CreatePlainClient();

        using var response = await GetAsync(client, "/privacy", ETagFor(factory, slug: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_etag_from_a_first_visit_is_answered_304_on_the_next()
    {
        using var factory = new RealSiteFactory();
        using var client = factory.CreatePlainClient();
        using var first = await GetAsync(client, "/guide/" + ArticleSlug);

        using var second = await GetAsync(client, "/guide/" + ArticleSlug, first.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task An_unknown_article_is_404_without_an_etag_even_for_the_wildcard()
    {
        using var factory = new RealSiteFactory();
        using var client = factory.CreatePlainClient();

        using var response = await GetAsync(client, "/guide/no-such-article", "*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
