using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.QuickExit;

/// <summary>
/// The quick exit leaves at once for the neutral site named in site.yml (answered locally here), tells it
/// nothing about where the person was, and takes the exited page out of the tab's history.
/// </summary>
public sealed class QuickExitTests(BrowserSite site)
{
    [Fact]
    public async Task QuickExitButton_WhenClicked_LeavesForTheNeutralSiteWithoutAReferer()
    {
        await using var session = await site.OpenAsync();
        var response = await session.GotoAsync(SitePages.Article);
        Assert.Equal("no-referrer", (await response!.AllHeadersAsync())["referrer-policy"]);

        await session.Page.Locator("#quick-exit").ClickAsync();

        await AssertLeftForNeutralSiteAsync(session);
    }

    [Fact]
    public async Task QuickExit_WhenShiftIsPressedThreeTimes_LeavesForTheNeutralSiteWithoutAReferer()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(SitePages.Article);

        // Key presses go to the focused page; with other tests' pages open in the same browser, make sure it is this one.
        await session.Page.BringToFrontAsync();
        for (var i = 0; i < 3; i++)
        {
            await session.Page.Keyboard.PressAsync("Shift");
        }

        await AssertLeftForNeutralSiteAsync(session);
    }

    [Fact]
    public async Task QuickExit_ShiftPressedTwice_StaysOnThePage()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(SitePages.Article);

        await session.Page.BringToFrontAsync();
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.Keyboard.PressAsync("a");
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.WaitForTimeoutAsync(300);

        Assert.Equal(SitePages.Article, session.CurrentPath);
        Assert.Empty(session.ExitRequests);
    }

    [Fact]
    public async Task QuickExit_FromAFreshTab_BackLandsOnThePageBeforeTheExitedOneNotOnTheExitedPage()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await session.GotoAsync(SitePages.Home);
        await session.NavigateByAsync(() => page.Locator($"ul.article-list a[href='{SitePages.Article}']").ClickAsync());
        Assert.Equal(SitePages.Article, session.CurrentPath);

        await page.Locator("#quick-exit").ClickAsync();
        await AssertLeftForNeutralSiteAsync(session);

        await page.GoBackAsync();
        Assert.Equal(session.Site.Url(SitePages.Home), page.Url);
    }

    private static async Task AssertLeftForNeutralSiteAsync(BrowserSession session)
    {
        var exitUrl = SiteSettingsFile.QuickExitUrl;
        await session.Page.WaitForURLAsync(url => url.TrimEnd('/') == exitUrl.TrimEnd('/'));
        Assert.Equal(BrowserSession.NeutralPageTitle, await session.Page.TitleAsync());
        var exit = Assert.Single(session.ExitRequests);
        Assert.False(exit.HasReferer, "The exit request told the neutral site where the person came from: " + string.Join(", ", exit.Headers));
        session.AssertClean();
    }
}
