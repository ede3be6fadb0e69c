using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.Screenshots;

/// <summary>Full-page screenshots for a person to look at, in bin/…/screenshots/.</summary>
public sealed class ScreenshotTests(BrowserSite site)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Screenshots_OfHomeArticleAndContact_AreWrittenForReview(int width)
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = width, Height = width < 600 ? 740 : 900 });
        foreach (var state in new[] { "home", "article", "contact", "contact with errors" })
        {
            await SitePages.OpenAsync(session, state);
            var name = $"{state.Replace(' ', '-')}-{width}";
            await session.ScreenshotAsync(name);
            Assert.True(new FileInfo(Path.Combine(BrowserSession.ScreenshotFolder, name + ".png")).Length > 1000);
        }

        session.AssertClean();
    }
}
