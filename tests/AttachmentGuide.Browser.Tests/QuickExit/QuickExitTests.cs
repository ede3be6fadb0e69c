using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.QuickExit;

/// <summary>
/// The quick exit leaves at once for the neutral site named in site.yml (answered locally here), tells it
/// nothing about where the person was, and takes the exited page out of the tab's history.
/// </summary>
[Collection(KeyboardInput.Name)]
public sealed class QuickExitTests(BrowserSite site)
{
    [Fact]
    public async Task QuickExitButton_WhenClicked_LeavesForTheNeutralSiteWithoutAReferer()
    {
        await using var session = await site.OpenAsync();
        var response = await session.GotoAsync(SitePages.Article);
        Assert.Equal("no-referrer", (await response!.AllHeadersAsync())["referrer-policy"]);
        await session.WaitForQuickExitScriptAsync();

        await session.Page.Locator("#quick-exit").ClickAsync();

        await AssertLeftForNeutralSiteAsync(session);
    }

    [Fact]
    public async Task QuickExit_WhenShiftIsPressedThreeTimes_LeavesForTheNeutralSiteWithoutAReferer()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(SitePages.Article);
        await session.WaitForQuickExitScriptAsync();
        await session.TakeKeyboardFocusAsync();

        await PressShiftThreeTimesUntilLeftAsync(session);

        await AssertLeftForNeutralSiteAsync(session);
    }

    [Fact]
    public async Task QuickExit_ShiftPressedTwice_StaysOnThePage()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(SitePages.Article);
        await session.WaitForQuickExitScriptAsync();
        await session.TakeKeyboardFocusAsync();
        // Listeners run in the order they were added, so when this one has seen the last key the page's own has handled it.
        await session.Page.EvaluateAsync("() => { window.keyupsSeen = 0; document.addEventListener('keyup', () => window.keyupsSeen++); }");

        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.Keyboard.PressAsync("a");
        await session.Page.Keyboard.PressAsync("Shift");
        await session.Page.WaitForFunctionAsync("() => window.keyupsSeen === 4");

        // The exit hides the page before it navigates; still shown, the page did not start to leave.
        Assert.False(await session.Page.EvaluateAsync<bool>("() => document.body.hidden"));
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
        await session.WaitForQuickExitScriptAsync();

        await page.Locator("#quick-exit").ClickAsync();
        await AssertLeftForNeutralSiteAsync(session);

        await page.GoBackAsync();
        Assert.Equal(session.Site.Url(SitePages.Home), page.Url);
    }

    /// <summary>
    /// The check the exit tests rely on can fail: a page whose policy sends a Referer is caught sending it.
    /// (The exit request is read from the headers the page sent, which include Referer.)
    /// </summary>
    [Fact]
    public async Task ExitRequestRecorder_WhenAPageSendsAReferer_SeesIt()
    {
        await using var session = await site.OpenAsync();
        await session.Context.RouteAsync("https://leaky.example/**", route => route.FulfillAsync(new Microsoft.Playwright.RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Headers = new Dictionary<string, string> { ["Referrer-Policy"] = "unsafe-url" },
            Body = "<!DOCTYPE html><title>x</title><a id=go href='" + SiteSettingsFile.QuickExitUrl + "'>go</a>",
        }));
        await session.Page.GotoAsync("https://leaky.example/page");
        await session.Page.Locator("#go").ClickAsync();
        await session.Page.WaitForURLAsync(url => url.TrimEnd('/') == SiteSettingsFile.QuickExitUrl.TrimEnd('/'));
        var exit = Assert.Single(session.ExitRequests);
        Assert.True(exit.HasReferer, string.Join(", ", exit.Headers));
    }

    /// <summary>
    /// The three presses must fall within the script's five seconds; on a loaded CI machine one stall of the
    /// browser can spread them wider, and the page then rightly stays. So a round whose presses the page saw
    /// more than five seconds apart is tried again; a round the page saw within the window must leave.
    /// </summary>
    private static async Task PressShiftThreeTimesUntilLeftAsync(BrowserSession session)
    {
        var page = session.Page;
        var spreads = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            // Added after the page's own listener, so it runs after it; it records when the page saw each press.
            await page.EvaluateAsync("() => { window.shiftSeenAt = []; document.addEventListener('keyup', e => { if (e.key === 'Shift') window.shiftSeenAt.push(performance.now()); }); }");
            for (var i = 0; i < 3; i++)
            {
                await page.Keyboard.PressAsync("Shift");
            }

            try
            {
                await page.WaitForURLAsync(IsExitUrl, new() { Timeout = 10_000, WaitUntil = WaitUntilState.Commit });
                return;
            }
            catch (TimeoutException)
            {
                if (IsExitUrl(page.Url))
                {
                    // Playwright checks the address, then listens for the navigation: one committed between the
                    // two is never heard (1 of about 2,000 CI runs), though the page has left.
                    return;
                }

                var seenAt = await page.EvaluateAsync<double[]>("() => window.shiftSeenAt");
                var spread = seenAt.Length == 3 ? seenAt[2] - seenAt[0] : double.NaN;
                spreads.Add(spread);
                Assert.True(seenAt.Length == 3 && spread >= 5000,
                    $"Three Shift presses seen by the page {spread:0} ms apart ({seenAt.Length} seen) did not leave the page.");
            }
        }

        Assert.Fail("Every round of three Shift presses was spread over more than five seconds by a stalled browser: " + string.Join(", ", spreads));
    }

    private static bool IsExitUrl(string url) => url.TrimEnd('/') == SiteSettingsFile.QuickExitUrl.TrimEnd('/');

    private static async Task AssertLeftForNeutralSiteAsync(BrowserSession session)
    {
        // Committed, then its heading drawn: the page's load event was seen to never arrive in CI now and then after a
        // navigation started by a key press, though the neutral page was already there.
        await session.Page.WaitForURLAsync(IsExitUrl, new() { WaitUntil = WaitUntilState.Commit });
        await session.Page.GetByRole(AriaRole.Heading, new() { Name = "Weather" }).WaitForAsync();
        Assert.Equal(BrowserSession.NeutralPageTitle, await session.Page.TitleAsync());
        var exit = Assert.Single(session.ExitRequests);
        Assert.False(exit.HasReferer, "The exit request told the neutral site where the person came from: " + string.Join(", ", exit.Headers));
        session.AssertClean();
    }
}
