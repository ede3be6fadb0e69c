using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>Setting two-step sign-in up and turning it off, as the account's owner does it on /staff/account.</summary>
public sealed class AccountTwoFactorTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private async Task<(StaffBrowser Phone, StaffBrowser Laptop)> TwoSessionsAsync(string email)
    {
        await StaffTestData.CreateStaffAsync(site, email);
        var phone = new StaffBrowser(site);
        await phone.SignInOrFailAsync(email);
        var laptop = new StaffBrowser(site);
        await laptop.SignInOrFailAsync(email);
        return (phone, laptop);
    }

    // The security stamp is checked once time has passed since the cookie was issued; the site's fake clock stands
    // still otherwise, and a check at the same instant would pass whatever the stamp.
    private async Task AssertSignedInAsync(StaffBrowser browser, string because)
    {
        site.Time.Advance(TimeSpan.FromSeconds(1));
        using var inbox = await browser.GetAsync("/staff/inquiries");
        Assert.True(inbox.StatusCode == HttpStatusCode.OK, $"{because}: the inbox answered {(int)inbox.StatusCode} {inbox.Headers.Location}");
    }

    private async Task AssertSignedOutAsync(StaffBrowser browser, string because)
    {
        site.Time.Advance(TimeSpan.FromSeconds(1));
        using var inbox = await browser.GetAsync("/staff/inquiries");
        Assert.True(inbox.StatusCode == HttpStatusCode.Redirect, $"{because}: the inbox answered {(int)inbox.StatusCode}");
        Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), inbox.Headers.Location!).AbsolutePath);
    }

    private static async Task<IHtmlDocument> StartSetUpAsync(StaffBrowser browser)
    {
        var account = await browser.GetDocumentAsync("/staff/account");
        using var started = await browser.PostFormAsync(account, "Start");
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return await HtmlHelpers.ParseAsync(started);
    }

    private static string KeyOn(IHtmlDocument setup) => setup.QuerySelector(".shared-key code")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Turns two-step sign-in on from <paramref name="browser"/>'s session; returns the key.</summary>
    /// <param name="stepsAhead">Which of the app's codes turns it on (-1: the one it showed last).</param>
    private static async Task<string> TurnOnAsync(StaffBrowser browser, int stepsAhead = 0)
    {
        var setup = await StartSetUpAsync(browser);
        var key = KeyOn(setup);
        await AuthenticatorApp.WaitForRoomInStepAsync();
        using var confirmed = await browser.PostFormAsync(setup, "Confirm", ("code", AuthenticatorApp.Code(key, stepsAhead)));
        Assert.Equal("/staff/account?notice=on", confirmed.Headers.Location?.OriginalString);
        return key;
    }

    [Fact]
    public async Task Starting_set_up_and_abandoning_it_signs_no_other_session_out()
    {
        var (phone, laptop) = await TwoSessionsAsync("abandon-setup@clinic.example");
        using (phone)
        using (laptop)
        {
            await StartSetUpAsync(phone);
            await phone.GetDocumentAsync("/staff/inquiries");

            await AssertSignedInAsync(laptop, "Starting set-up on another device");
            await AssertSignedInAsync(phone, "Starting set-up here");
            var account = await laptop.GetDocumentAsync("/staff/account");
            Assert.Contains("Two-step sign-in is off", account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Finishing_set_up_ends_every_other_session_keeps_this_one_and_is_audited()
    {
        const string email = "finish-setup@clinic.example";
        var (phone, laptop) = await TwoSessionsAsync(email);
        using (phone)
        using (laptop)
        {
            await TurnOnAsync(phone);

            await AssertSignedInAsync(phone, "The session that finished set-up");
            await AssertSignedOutAsync(laptop, "Another session after set-up was finished");
            Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.TwoFactorOn);
        }
    }

    [Fact]
    public async Task A_wrong_code_keeps_the_same_key_on_the_page_and_two_step_sign_in_off()
    {
        var (phone, laptop) = await TwoSessionsAsync("wrong-code@clinic.example");
        using (phone)
        using (laptop)
        {
            var setup = await StartSetUpAsync(phone);
            var key = KeyOn(setup);
            var wrong = AuthenticatorApp.Code(key) == "000000" ? "111111" : "000000";

            using var refused = await phone.PostFormAsync(setup, "Confirm", ("code", wrong));

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var again = await HtmlHelpers.ParseAsync(refused);
            Assert.Contains("did not match", again.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(key, KeyOn(again));
            await AssertSignedInAsync(laptop, "A wrong set-up code");
            using var fresh = new StaffBrowser(site);
            await fresh.SignInOrFailAsync("wrong-code@clinic.example");
        }
    }

    [Fact]
    public async Task A_forged_or_other_accounts_sealed_key_is_refused_and_turns_nothing_on()
    {
        var (mine, _) = await TwoSessionsAsync("sealed-mine@clinic.example");
        var (theirs, _) = await TwoSessionsAsync("sealed-theirs@clinic.example");
        using (mine)
        using (theirs)
        {
            var theirSetup = await StartSetUpAsync(theirs);
            var theirSealed = theirSetup.QuerySelector("input[name=sealedKey]")!.GetAttribute("value")!;
            var mySetup = await StartSetUpAsync(mine);

            foreach (var forged in new[] { theirSealed, "not-sealed", string.Empty })
            {
                using var refused = await mine.PostFormAsync(mySetup, "Confirm", ("sealedKey", forged), ("code", AuthenticatorApp.Code(KeyOn(theirSetup))));
                Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
                Assert.Contains("expired", (await HtmlHelpers.ParseAsync(refused)).QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
            }

            Assert.Contains("Two-step sign-in is off", (await mine.GetDocumentAsync("/staff/account")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_set_up_page_shows_the_key_beside_a_server_drawn_QR_code_with_no_style_attribute_or_script()
    {
        var (phone, laptop) = await TwoSessionsAsync("qr-code@clinic.example");
        using (phone)
        using (laptop)
        {
            var setup = await StartSetUpAsync(phone);

            var svg = setup.QuerySelector(".authenticator-setup svg.qr-code[role=img][aria-label]");
            Assert.NotNull(svg);
            Assert.Matches(@"^0 0 (\d+) \1$", svg.GetAttribute("viewBox"));
            Assert.Matches(@"^(M\d+ \d+h\d+v1h-\d+z)+$", svg.QuerySelector("path")!.GetAttribute("d"));
            Assert.NotNull(setup.QuerySelector(".authenticator-setup .shared-key code"));
            Assert.StartsWith("otpauth://totp/", setup.QuerySelector(".setup-uri")!.TextContent, StringComparison.Ordinal);
            Assert.Empty(setup.QuerySelectorAll("[style], main script"));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not my password at all")]
    [InlineData("123456")]
    public async Task Turning_it_off_without_the_password_or_a_current_code_is_refused(string proof)
    {
        var email = $"off-refused-{proof.Length}@clinic.example";
        var (phone, laptop) = await TwoSessionsAsync(email);
        using (phone)
        using (laptop)
        {
            var key = await TurnOnAsync(phone);
            if (proof == AuthenticatorApp.Code(key) || proof == AuthenticatorApp.Code(key, 1))
            {
                return; // one time in a million the typed digits are the real code
            }

            var account = await phone.GetDocumentAsync("/staff/account");
            using var refused = await phone.PostFormAsync(account, "Disable", ("proof", proof));

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.NotNull((await HtmlHelpers.ParseAsync(refused)).QuerySelector("#proof-error"));
            Assert.Contains("Two-step sign-in is on", (await phone.GetDocumentAsync("/staff/account")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.TwoFactorOff);
        }
    }

    [Theory]
    [InlineData("password")]
    [InlineData("code")]
    public async Task Turning_it_off_with_the_password_or_a_code_ends_other_sessions_keeps_this_one_and_is_audited(string proofKind)
    {
        var email = $"off-{proofKind}@clinic.example";
        await StaffTestData.CreateStaffAsync(site, email);
        using var phone = new StaffBrowser(site);
        await phone.SignInOrFailAsync(email);
        // A used code proves nothing twice and the site takes one step of drift either way: the previous code turns
        // it on, the current one signs the laptop in, and the next one turns it off.
        var key = await TurnOnAsync(phone, stepsAhead: -1);
        using var laptop = new StaffBrowser(site);
        await SignInWithCodeAsync(laptop, email, AuthenticatorApp.Code(key));

        var account = await phone.GetDocumentAsync("/staff/account");
        using var off = await phone.PostFormAsync(account, "Disable", ("proof", proofKind == "code" ? AuthenticatorApp.Code(key, 1) : StaffTestData.Password));

        Assert.Equal("/staff/account?notice=off", off.Headers.Location?.OriginalString);
        await AssertSignedInAsync(phone, "The session that turned two-step sign-in off");
        await AssertSignedOutAsync(laptop, "Another session after two-step sign-in was turned off");
        Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.TwoFactorOff);
        using var fresh = new StaffBrowser(site);
        await fresh.SignInOrFailAsync(email);
    }

    [Fact]
    public async Task A_code_that_turned_it_on_or_signed_in_proves_nothing_a_second_time()
    {
        const string email = "code-once@clinic.example";
        await StaffTestData.CreateStaffAsync(site, email);
        using var phone = new StaffBrowser(site);
        await phone.SignInOrFailAsync(email);
        var setup = await StartSetUpAsync(phone);
        var key = KeyOn(setup);
        // Each code is taken once, so a 30-second step ending mid-test cannot hand the test a fresh one.
        var first = AuthenticatorApp.Code(key);
        var next = AuthenticatorApp.Code(key, 1);
        using (var confirmed = await phone.PostFormAsync(setup, "Confirm", ("code", first)))
        {
            Assert.Equal("/staff/account?notice=on", confirmed.Headers.Location?.OriginalString);
        }

        // The code that turned it on cannot then sign another device in.
        using var laptop = new StaffBrowser(site);
        using (var password = await laptop.SignInAsync(email, StaffTestData.Password))
        {
            var codePage = await laptop.GetDocumentAsync("/staff/login/code");
            using var refused = await laptop.PostAsync("/staff/login/code", [
                new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(codePage)),
                new("Input.Code", first),
                new("ReturnUrl", string.Empty),
            ]);
            Assert.NotEqual("/staff/inquiries", refused.Headers.Location?.OriginalString);
        }

        // A code used to sign in cannot turn it off.
        using var tablet = new StaffBrowser(site);
        await SignInWithCodeAsync(tablet, email, next);
        var account = await phone.GetDocumentAsync("/staff/account");
        using var off = await phone.PostFormAsync(account, "Disable", ("proof", next));

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.NotNull((await HtmlHelpers.ParseAsync(off)).QuerySelector("#proof-error"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-2)]
    public async Task A_code_two_steps_from_now_is_refused_and_one_step_away_is_taken(int stepsAway)
    {
        var email = $"drift{stepsAway}@clinic.example";
        await StaffTestData.CreateStaffAsync(site, email);
        using var phone = new StaffBrowser(site);
        await phone.SignInOrFailAsync(email);
        var setup = await StartSetUpAsync(phone);
        var key = KeyOn(setup);
        await AuthenticatorApp.WaitForRoomInStepAsync();
        var (far, near) = (AuthenticatorApp.Code(key, stepsAway), AuthenticatorApp.Code(key, Math.Sign(stepsAway)));
        if (far == near || far == AuthenticatorApp.Code(key))
        {
            return; // one time in a million two steps share their digits
        }

        using (var refused = await phone.PostFormAsync(setup, "Confirm", ("code", far)))
        {
            Assert.NotEqual("/staff/account?notice=on", refused.Headers.Location?.OriginalString);
        }

        using var taken = await phone.PostFormAsync(setup, "Confirm", ("code", near));
        Assert.Equal("/staff/account?notice=on", taken.Headers.Location?.OriginalString);
    }

    private static async Task SignInWithCodeAsync(StaffBrowser browser, string email, string code)
    {
        using var password = await browser.SignInAsync(email, StaffTestData.Password);
        Assert.StartsWith("/staff/login/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var codePage = await browser.GetDocumentAsync("/staff/login/code");
        using var signedIn = await browser.PostAsync("/staff/login/code", [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(codePage)),
            new("Input.Code", code),
            new("ReturnUrl", codePage.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value") ?? string.Empty),
        ]);
        Assert.Equal("/staff/inquiries", signedIn.Headers.Location?.OriginalString);
    }
}
