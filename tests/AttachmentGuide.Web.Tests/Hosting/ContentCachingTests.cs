using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Http;

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

    [Fact]
    public void HtmlDates_writes_utc_times_html_accepts()
    {
        Assert.Equal("2026-07-15T09:30:38Z", HtmlDates.Utc(new DateTime(2026, 7, 15, 9, 30, 38, 756, DateTimeKind.Utc).AddTicks(7522)));
    }
}
