using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages;

public sealed class PrivacyTests(RealSiteFactory factory) : IClassFixture<RealSiteFactory>
{
    [Fact]
    public async Task Privacy_Is200WithPrivacyNoticeHeading()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/privacy");

        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("Privacy notice", h1.Text());
    }

    [Fact]
    public async Task Privacy_ShowsTheNoticeSections()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/privacy");

        var headings = document.QuerySelectorAll("section[aria-labelledby] > h2").Select(h => h.Text()).ToList();

        Assert.Contains("What we collect", headings);
    }
}
