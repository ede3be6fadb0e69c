using AttachmentGuide.Browser.Tests.Infrastructure;

namespace AttachmentGuide.Browser.Tests.Layout;

/// <summary>The staff pages as a staff member on a phone sees them.</summary>
public sealed class StaffPagesOnAPhoneTests(BrowserSite site)
{
    private static readonly SessionOptions Phone390 = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task TheSafeContactNotice_IsOnScreenAboveTheContactDetailsAt390Pixels()
    {
        await using var session = await site.OpenAsync(Phone390);
        await SitePages.OpenAsync(session, "inquiry with safe-contact notice");
        var page = session.Page;

        var notice = await page.Locator(".safe-contact").BoundingBoxAsync();
        var details = await page.Locator("dl.details").BoundingBoxAsync();
        Assert.NotNull(notice);
        Assert.NotNull(details);
        Assert.True(notice.Y + notice.Height <= details.Y, $"The notice ends at {notice.Y + notice.Height} px, the details start at {details.Y} px");
        Assert.True(notice.X >= 0 && notice.X + notice.Width <= 390, $"The notice spans {notice.X}–{notice.X + notice.Width} px of a 390 px screen");
        Assert.True(notice.Y < 844, $"The notice starts at {notice.Y} px, below the first screen");
        Assert.Equal(["Do not leave a voicemail.", "Do not say the clinic's name if someone else answers."], (await page.Locator(".safe-contact li").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 390 px");
        Assert.StartsWith("tel:+44", await page.Locator("dl.details a[href^='tel:']").GetAttributeAsync("href"), StringComparison.Ordinal);
        await session.ScreenshotAsync("staff-inquiry-safe-contact-390");
        session.AssertClean();
    }

    [Fact]
    public async Task TheInbox_IsAListOfCardsAt390PixelsWithTheReferenceOnOneLine()
    {
        await using var session = await site.OpenAsync(Phone390);
        await SitePages.OpenAsync(session, "inbox");
        var page = session.Page;

        var row = page.Locator("tr.inbox-row").First;
        var box = await row.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The card spans {box.X}–{box.X + box.Width} px of a 390 px screen");
        Assert.Equal("block", await row.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        var reference = row.Locator(".reference");
        var lineHeight = await reference.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
        var referenceBox = await reference.BoundingBoxAsync();
        Assert.NotNull(referenceBox);
        Assert.True(referenceBox.Height < lineHeight * 1.5, $"The reference wraps: {referenceBox.Height} px tall, a line is {lineHeight} px");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The inbox scrolls sideways at 390 px");
        await session.ScreenshotAsync("staff-inbox-390");
        session.AssertClean();
    }

    [Fact]
    public async Task ThePasswordField_IsStyledLikeTheEmailFieldAndAtLeast44PixelsTall()
    {
        await using var session = await site.OpenAsync(SessionOptions.Phone);
        await SitePages.OpenAsync(session, "staff login");
        var page = session.Page;

        var password = await page.Locator("input[type=password]").BoundingBoxAsync();
        var email = await page.Locator("input[type=email]").BoundingBoxAsync();
        Assert.NotNull(password);
        Assert.NotNull(email);
        Assert.True(password.Height >= 44, $"The password field is {password.Height} px tall");
        Assert.Equal(email.Height, password.Height, 0.5);
        Assert.Equal(email.Width, password.Width, 0.5);
        const string style = "e => { const s = getComputedStyle(e); return [s.borderTopWidth, s.borderTopStyle, s.borderTopColor, s.fontSize, s.paddingLeft, s.backgroundColor].join(' '); }";
        Assert.Equal(
            await page.Locator("input[type=email]").EvaluateAsync<string>(style),
            await page.Locator("input[type=password]").EvaluateAsync<string>(style));
        session.AssertClean();
    }

    [Fact]
    public async Task TheTwoStepSetUp_ShowsTheQrCodeBesideTheKeyOnAPhone()
    {
        await using var session = await site.OpenAsync(Phone390);
        await SitePages.OpenAsync(session, "two-step set-up");
        var page = session.Page;

        var qr = await page.Locator("svg.qr-code").BoundingBoxAsync();
        Assert.NotNull(qr);
        Assert.True(qr.Width >= 150 && qr.Height >= 150 && qr.X + qr.Width <= 390, $"The QR code is {qr.Width} × {qr.Height} px at x {qr.X}");
        Assert.True(await page.Locator(".shared-key code").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 390 px");
        await session.ScreenshotAsync("staff-two-step-setup-390");
        session.AssertClean();
    }
}
