using System.Text.RegularExpressions;
using AttachmentGuide.Browser.Tests.Accessibility;
using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Editing;

/// <summary>
/// A session that ends mid-edit keeps what was typed, in a real browser: with JavaScript the tab's kept copy comes
/// back when the editor opens again; without it the session-ended page holds the text and puts it back.
/// </summary>
public sealed partial class SessionEndedBrowserTests(EditingBrowserSite site) : IClassFixture<EditingBrowserSite>
{
    /// <summary>Ends the session as its idle limit would: the browser no longer has the staff cookie (with or without __Host-).</summary>
    // Waited for by role and name, not read from the first h1 at once: on a busy machine the editor (its own h1 and
    // its live preview's) was still the page when the save's navigation had been reported (CI, 2026-12-03).
    private static ILocator SessionEndedHeading(IPage page) => page.GetByRole(
        AriaRole.Heading,
        new() { Level = 1, Name = "Your session ended, so nothing was saved. Your text is below.", Exact = true });

    private static async Task EndSessionAsync(BrowserSession session)
    {
        // Once the page's requests have all been answered: one still in flight renewed the sliding session cookie
        // after it had been cleared, and the "ended" session saved (seen in 1 of 7 runs, 2026-12-03).
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await session.Context.ClearCookiesAsync(new BrowserContextClearCookiesOptions { NameRegex = StaffCookie() });
        Assert.DoesNotContain(await session.Context.CookiesAsync(), cookie => StaffCookie().IsMatch(cookie.Name));
    }

    [Fact]
    public async Task WithJavaScript_TextTypedAfterTheSessionEnded_ComesBackInTheEditorAfterSigningInAgain_AndSaves()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await EditingBrowserSite.SignInAsync(session);
        await session.GotoAsync(SitePages.ContentEditor);
        await page.Locator("#Input_Title").FillAsync("Typed before the session ended");

        await EndSessionAsync(session);
        await page.Locator("#Body").FillAsync("## Part\n\nWords typed after the session ended, with JavaScript.\n");
        await session.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync());
        await SessionEndedHeading(page).WaitForAsync();
        var axe = await AxeScan.RunAsync(page);
        Assert.True(axe.Violations.Length == 0, $"axe on the session-ended page: {string.Join(", ", axe.Violations.Select(v => v.Id))}");
        Assert.Contains(axe.Passes, rule => rule.Id == "label");

        await EditingBrowserSite.SignInAsync(session);
        await session.GotoAsync(SitePages.ContentEditor);
        await page.Locator("#editor-restore:not([hidden])").WaitForAsync();
        await page.Locator("[data-restore]").ClickAsync();
        Assert.Equal("Typed before the session ended", await page.Locator("#Input_Title").InputValueAsync());
        await session.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync());
        Assert.Contains("Saved.", await page.Locator("[data-saved]").InnerTextAsync(), StringComparison.Ordinal);

        await session.GotoAsync(SitePages.Article);
        Assert.Equal("Typed before the session ended", (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Contains("Words typed after the session ended, with JavaScript.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        // Not AssertClean: Chromium logs the session-ended page's 401 status on the console, as it should.
        session.AssertOnlyOwnOrigin();
    }

    [Fact]
    public async Task WithoutJavaScript_ASaveAfterTheSessionEnded_ShowsTheText_AndPutsItBackAfterSigningInInAnotherTab()
    {
        await using var session = await site.OpenAsync(new SessionOptions { JavaScriptEnabled = false });
        var page = session.Page;
        await EditingBrowserSite.SignInAsync(session);
        await session.GotoAsync(SitePages.ContentEditor);
        await page.Locator("#Input_Title").FillAsync("Typed without JavaScript");

        await EndSessionAsync(session);
        await session.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync());
        await SessionEndedHeading(page).WaitForAsync();
        Assert.Equal("Typed without JavaScript", await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync());

        var signIn = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Sign in again (opens in a new tab)" }).ClickAsync());
        await signIn.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await signIn.Locator("#Input_Email").FillAsync(EditingBrowserSite.EditorEmail);
        await signIn.Locator("#Input_Password").FillAsync(BrowserSite.StaffPassword);
        await signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await signIn.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/staff/content", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await signIn.CloseAsync();

        await session.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Put my text back in the editor" }).ClickAsync());
        Assert.Equal("Your text is back in the editor. It is not saved yet.", (await page.Locator("#put-back").InnerTextAsync()).Trim());
        await session.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync());
        Assert.Contains("Saved.", await page.Locator("[data-saved]").InnerTextAsync(), StringComparison.Ordinal);

        await session.GotoAsync(SitePages.Article);
        Assert.Equal("Typed without JavaScript", (await page.Locator("main h1").InnerTextAsync()).Trim());
        session.AssertOnlyOwnOrigin();
    }

    [GeneratedRegex("ag-staff$")]
    private static partial Regex StaffCookie();
}
