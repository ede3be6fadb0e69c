using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.NoScript;

/// <summary>
/// With JavaScript off the site still works: the article, the quick exit as a plain link, the contact form.
/// (axe is never run here: it is injected as script and would never return.)
/// </summary>
[Collection(KeyboardInput.Name)]
public sealed class WithoutJavaScriptTests(BrowserSite site)
{
    private static SessionOptions NoScript => new() { JavaScriptEnabled = false, Width = 375, Height = 740 };

    [Fact]
    public async Task WithoutJavaScript_TheArticleShowsEverySectionListedUnderOnThisPage()
    {
        await using var session = await site.OpenAsync(NoScript);
        var page = session.Page;
        await SitePages.OpenAsync(session, "article");

        var listed = await page.Locator("nav.on-this-page > ol > li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var sections = await page.Locator("section[aria-labelledby] > h2").EvaluateAllAsync<string[]>(
            "hs => hs.filter(h => h.parentElement.getAttribute('aria-labelledby') === h.id && h.offsetHeight > 0).map(h => '#' + h.id)");

        Assert.NotEmpty(sections);
        Assert.Equal(listed, sections);
        session.AssertClean();
    }

    [Fact]
    public async Task WithoutJavaScript_QuickExitIsAPlainNoReferrerLinkToTheNeutralSite()
    {
        await using var session = await site.OpenAsync(NoScript);
        var page = session.Page;
        await SitePages.OpenAsync(session, "article");
        var exit = page.Locator("#quick-exit");

        Assert.Equal("a", await exit.EvaluateAsync<string>("e => e.tagName.toLowerCase()"));
        Assert.Equal(SiteSettingsFile.QuickExitUrl, await exit.GetAttributeAsync("href"));
        Assert.Contains("noreferrer", (await exit.GetAttributeAsync("rel") ?? "").Split(' '));

        await exit.ClickAsync();
        await page.WaitForURLAsync(url => url.TrimEnd('/') == SiteSettingsFile.QuickExitUrl.TrimEnd('/'));
        Assert.False(Assert.Single(session.ExitRequests).HasReferer);
        session.AssertClean();
    }

    [Fact]
    public async Task WithoutJavaScript_TheContactFormShowsTheErrorSummaryThenSends()
    {
        await using var session = await site.OpenAsync(NoScript);
        var page = session.Page;
        await SitePages.OpenAsync(session, "contact");
        await session.TakeKeyboardFocusAsync();

        await SitePages.SubmitContactFormAsync(session);
        Assert.True(await page.Locator("#error-summary").IsVisibleAsync(), "No error summary after an empty submission.");

        await page.Locator("#Input_Name").FillAsync("Robin No Script");
        await page.Locator("#Input_Phone").FillAsync("+44 20 7946 0001");
        await page.Locator("#PreferredContact_phone").CheckAsync();
        await page.Locator("#Voicemail_yes").CheckAsync();
        await page.Locator("#SayClinicName_no").CheckAsync();
        await page.Locator("#Input_Consent").CheckAsync();
        await SitePages.SubmitContactFormAsync(session);

        Assert.Equal(SitePages.Thanks, session.CurrentPath);
        var reference = (await page.Locator(".reference strong").InnerTextAsync()).Trim();
        Assert.Equal(1, await InquiryDatabase.CountWithReferenceAsync(session, reference));
        session.AssertClean();
    }
}
