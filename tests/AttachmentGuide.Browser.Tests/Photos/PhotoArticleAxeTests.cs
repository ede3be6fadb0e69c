using AttachmentGuide.Browser.Tests.Accessibility;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Photos;

public sealed class PhotoArticleAxeTests(PhotoSite photos) : IClassFixture<PhotoSite>
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_article_with_a_photo_shows_it_and_has_no_axe_violations(ColorScheme scheme)
    {
        await using var session = await photos.OpenAsync(new Infrastructure.SessionOptions { ColorScheme = scheme });
        await session.GotoAsync(PhotoSite.ArticlePath);
        var photo = session.Page.Locator("main img");
        await photo.ScrollIntoViewIfNeededAsync();

        // Decoded and drawn: a broken picture has no natural width.
        await session.Page.WaitForFunctionAsync("() => { const i = document.querySelector('main img'); return i.complete && i.naturalWidth > 0; }");
        var result = await AxeScan.RunAsync(session.Page);

        Assert.True(result.Violations.Length == 0, $"axe ({scheme}): {string.Join(", ", result.Violations.Select(v => v.Id))}");
        Assert.Contains(result.Passes, rule => rule.Id == AxeScan.EnhancedContrast);
        Assert.Contains(result.Passes, rule => rule.Id == "image-alt");
        Assert.Matches("^/images/calm-lake\\.[0-9a-f]{12}\\.\\d+\\.jpg$", new Uri(await photo.EvaluateAsync<string>("i => i.currentSrc")).AbsolutePath);
        session.AssertClean();
    }
}
