using AttachmentGuide.Browser.Tests.Infrastructure;
using static AttachmentGuide.Browser.Tests.Infrastructure.KeyboardNavigation;

namespace AttachmentGuide.Browser.Tests.Keyboard;

/// <summary>A keyboard-only reader goes from the article to the contact form and sends it.</summary>
[Collection(KeyboardInput.Name)]
public sealed class KeyboardContactTests(BrowserSite site)
{
    [Fact]
    public async Task KeyboardUser_ReachesTheFormFromTheArticleCorrectsAnEmptySubmissionAndSendsOneInquiry()
    {
        await using var session = await site.OpenAsync(new SessionOptions { Width = 1024, Height = 700 });
        var page = session.Page;
        var keyboard = page.Keyboard;
        await SitePages.OpenAsync(session, "article");
        await session.TakeKeyboardFocusAsync();

        await TabToAsync(page, $"a[href='/contact?about={SitePages.ArticleSlug}']");
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));
        Assert.Equal(SitePages.Contact, session.CurrentPath);
        Assert.Equal($"?about={SitePages.ArticleSlug}", new Uri(page.Url).Query);

        await TabToAsync(page, "main button[type=submit]");
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'error-summary'");
        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);

        await TabToAsync(page, "#Input_Name");
        await keyboard.TypeAsync("Sam Keyboard");
        await TabToAsync(page, "#Input_Email");
        await keyboard.TypeAsync("sam@example.org");
        await TabToAsync(page, "#PreferredContact_email");
        await keyboard.PressAsync("Space");
        await TabToAsync(page, "#Voicemail_no");
        await keyboard.PressAsync("Space");
        await TabToAsync(page, "#SayClinicName_no");
        await keyboard.PressAsync("Space");
        await TabToAsync(page, "#Input_Message");
        await keyboard.TypeAsync("Typed with the keyboard alone.");
        await TabToAsync(page, "#Input_Consent");
        await keyboard.PressAsync("Space");
        Assert.True(await page.Locator("#Input_Consent").IsCheckedAsync());
        await TabToAsync(page, "main button[type=submit]");
        await session.NavigateByAsync(() => keyboard.PressAsync("Enter"));

        Assert.Equal(SitePages.Thanks, session.CurrentPath);
        var reference = (await page.Locator(".reference strong").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}$", reference);
        Assert.Equal(1, await InquiryDatabase.CountWithReferenceAsync(session, reference));
        session.AssertClean();
    }
}
