using AttachmentGuide.Browser.Tests.Infrastructure;
using static AttachmentGuide.Browser.Tests.Infrastructure.KeyboardNavigation;

namespace AttachmentGuide.Browser.Tests.Editing;

/// <summary>
/// Writing in the browser as a person does it: with the keyboard alone from sign-in to a published change, and the
/// preview following what is typed.
/// </summary>
[Collection(KeyboardInput.Name)]
public sealed class EditorJourneyTests(EditingBrowserSite site) : IClassFixture<EditingBrowserSite>
{
    private const string EditPath = "/staff/content/edit?path=articles%2F" + SitePages.ArticleSlug + ".md";

    [Fact]
    public async Task KeyboardUser_SignsInEditsPreviewsSavesAndSeesTheChangeOnThePublicPage()
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = 1024, Height = 800 });
        var page = session.Page;
        var keyboard = page.Keyboard;
        await session.GotoAsync(SitePages.StaffLogin);
        await session.TakeKeyboardFocusAsync();

        await TabToAsync(page, "#Input_Email");
        await keyboard.TypeAsync(EditingBrowserSite.EditorEmail);
        await TabToAsync(page, "#Input_Password");
        await keyboard.TypeAsync(BrowserSite.StaffPassword);
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));
        Assert.Equal("/staff/content", session.CurrentPath);

        await TabToAsync(page, $"a[href='{EditPath}']");
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));
        Assert.Equal("/staff/content/edit", session.CurrentPath);

        await TabToAsync(page, "#Input_Title");
        await keyboard.PressAsync("Control+A");
        await keyboard.TypeAsync("Attachment trauma, edited by keyboard");
        await TabToAsync(page, "button[formaction*='handler=Preview']");
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));
        Assert.Equal("Attachment trauma, edited by keyboard", (await page.Locator(".preview-frame h1").InnerTextAsync()).Trim());

        await TabToAsync(page, "button[formaction*='handler=Save']");
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));
        Assert.Contains("Saved.", await page.Locator("[data-saved]").InnerTextAsync(), StringComparison.Ordinal);

        await TabToAsync(page, "[data-saved] a");
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));
        Assert.Equal(SitePages.Article, session.CurrentPath);
        Assert.Equal("Attachment trauma, edited by keyboard", (await page.Locator("main h1").InnerTextAsync()).Trim());
        session.AssertClean();
    }

    [Fact]
    public async Task ThePreviewFollowsTyping_ADiagnosticMovesTheCursorToItsLine_AndAReopenedPageOffersWhatWasTyped()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await EditingBrowserSite.SignInAsync(session);
        await session.GotoAsync(EditPath);
        await session.TakeKeyboardFocusAsync();

        await page.Locator("#Body").FocusAsync();
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.TypeAsync("# A heading typed too high\n\nLive words appear in the preview.\n\n");
        await page.WaitForFunctionAsync("() => (document.querySelector('.preview-frame') || {}).textContent?.includes('Live words appear in the preview.')");
        var link = page.Locator("a.diagnostic-line[data-line='1']");
        await link.WaitForAsync();

        await page.Locator("#Body").EvaluateAsync("b => b.setSelectionRange(b.value.length, b.value.length)");
        await link.ClickAsync();

        Assert.Equal("Body", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(0, await page.Locator("#Body").EvaluateAsync<int>("b => b.selectionStart"));

        // The session could end now; the tab kept a copy, offered when the page opens again.
        await session.GotoAsync(EditPath);
        await page.Locator("#editor-restore:not([hidden])").WaitForAsync();
        await page.Locator("[data-restore]").ClickAsync();
        Assert.StartsWith("# A heading typed too high", await page.Locator("#Body").InputValueAsync(), StringComparison.Ordinal);
        session.AssertClean();
    }
}
