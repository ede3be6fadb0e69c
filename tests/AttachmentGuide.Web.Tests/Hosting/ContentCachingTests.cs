using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AttachmentGuide.Web.Tests.Hosting;

public sealed class ContentCachingTests
{
    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate, br;q=0.5", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("GZIP", "gzip")]
    [InlineData("deflate", "identity")]
    [InlineData("", "identity")]
    [InlineData("br, x1, x2, x3, x4", "br")]
    public void ChosenCoding_reduces_any_accept_encoding_to_the_one_coding_sent(string acceptEncoding, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptEncoding = acceptEncoding;

        Assert.Equal(expected, ContentCaching.ChosenCoding(context.Request));
    }

    [Theory]
    [InlineData("W/\"v1\"", true)]
    [InlineData("\"v1\"", true)]
    [InlineData("*", true)]
    [InlineData("\"a\", W/\"v1\"", true)]
    [InlineData("W/\"v2\"", false)]
    [InlineData("", false)]
    public void NotModified_marks_the_response_and_matches_if_none_match_weakly(string ifNoneMatch, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.IfNoneMatch = ifNoneMatch;

        var notModified = ContentCaching.NotModified(context, new EntityTagHeaderValue("\"v1\"", isWeak: true));

        Assert.Equal(expected, notModified);
        Assert.Equal(("W/\"v1\"", "no-cache"), (context.Response.Headers.ETag.ToString(), context.Response.Headers.CacheControl.ToString()));
    }

    [Fact]
    public void HtmlDates_writes_utc_times_html_accepts()
    {
        Assert.Equal("2026-07-15T09:30:38Z", HtmlDates.Utc(new DateTime(2026, 7, 15, 9, 30, 38, 756, DateTimeKind.Utc).AddTicks(7522)));
    }
}
