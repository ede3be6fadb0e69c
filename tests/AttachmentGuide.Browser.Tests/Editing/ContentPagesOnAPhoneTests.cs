using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.Editing;

/// <summary>The editor's pages as an editor on a phone sees them: cards, nothing clipped, the fields full width.</summary>
public sealed class ContentPagesOnAPhoneTests(BrowserSite site)
{
    private static readonly SessionOptions Phone390 = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task TheContentList_IsAListOfCardsAt390PixelsAndNothingIsClipped()
    {
        await using var session = await site.OpenAsync(Phone390);
        await SitePages.OpenAsync(session, "content list");
        var page = session.Page;

        var row = page.Locator("tr.content-row").First;
        var box = await row.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.Equal("block", await row.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The card spans {box.X}–{box.X + box.Width} px of a 390 px screen");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The list scrolls sideways at 390 px");
        Assert.Equal("State: ", await row.Locator("td[data-label='State']").EvaluateAsync<string>("td => getComputedStyle(td, '::before').content.replaceAll('\"', '')"));
        await session.ScreenshotAsync("staff-content-list-390");
        session.AssertClean();
    }

    [Fact]
    public async Task TheEditor_FitsA390PixelScreenWithTheTextBoxFullWidth()
    {
        await using var session = await site.OpenAsync(Phone390);
        await SitePages.OpenAsync(session, "content preview");
        var page = session.Page;

        var body = await page.Locator("#Body").BoundingBoxAsync();
        Assert.NotNull(body);
        Assert.True(body.Width >= 390 - 80 && body.X + body.Width <= 390, $"The text box spans {body.X}–{body.X + body.Width} px");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The editor scrolls sideways at 390 px");
        await session.ScreenshotAsync("staff-content-editor-390");
        session.AssertClean();
    }
}
