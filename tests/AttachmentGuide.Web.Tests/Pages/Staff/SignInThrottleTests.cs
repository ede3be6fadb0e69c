using System.Net;
using AttachmentGuide.Web.Pages.Staff;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>
/// The sign-in throttle slows guessers and is never a weapon: an outsider who keeps failing for an account cannot
/// keep its owner out, from the owner's known browser at once, from a new one at most after the account's delay.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string Owner = "owner@clinic.example";
    private static readonly string[] OutsiderAddresses = ["203.0.113.10", "203.0.113.11", "198.18.0.12"];

    private static StaffSiteFactory Site(int freeTries = 5)
    {
        var site = new StaffSiteFactory();
        site.Settings["Staff:SignInThrottle:FreeTries"] = freeTries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        site.Settings["Staff:SignInThrottle:FirstDelaySeconds"] = "15";
        site.Settings["Staff:SignInThrottle:AccountMaxDelaySeconds"] = "60";
        site.Settings["Staff:SignInThrottle:AddressMaxDelaySeconds"] = "900";
        return site;
    }

    private static StaffBrowser From(StaffSiteFactory site, string address, string? deviceCookie = null) =>
        new StaffBrowser(site, cookies: deviceCookie is null ? null : new Dictionary<string, string> { [KnownDevices.CookieName] = deviceCookie })
            .WithHeader("X-Forwarded-For", address);

    private static async Task<bool> SignsInAsync(StaffBrowser browser, string email, string password)
    {
        using var response = await browser.SignInAsync(email, password);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Equal("/staff/inquiries", response.Headers.Location?.OriginalString);
            return true;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Equal(LoginModel.FailureMessage, page.QuerySelector("#error-summary li")?.Text());
        return false;
    }

    /// <summary>Signs in once from the owner's own browser and returns the known-device cookie it was given.</summary>
    private static async Task<string> KnownDeviceCookieAsync(StaffSiteFactory site, string email = Owner)
    {
        using var home = From(site, "192.0.2.1");
        Assert.True(await SignsInAsync(home, email, StaffTestData.Password));
        return home.Cookies[KnownDevices.CookieName];
    }

    [Fact]
    public async Task An_outsider_failing_every_30_seconds_from_several_addresses_for_ten_minutes_never_keeps_the_owner_out()
    {
        using var site = Site();
        await StaffTestData.CreateStaffAsync(site, Owner);
        var deviceCookie = await KnownDeviceCookieAsync(site);
        var outsiders = OutsiderAddresses.Select(a => From(site, a)).ToList();
        using var typo = From(site, "192.0.2.77");
        var knownDeviceIn = new List<int>();
        var newDeviceIn = new List<int>();
        try
        {
            // Each outsider address posts a wrong password every 30 s, the three 10 s apart: a post every 10 s.
            for (var second = 0; second <= 600; second += 10)
            {
                var outsider = outsiders[second / 10 % outsiders.Count];
                Assert.False(await SignsInAsync(outsider, Owner, $"guess at {second} s"));

                // The owner's own browser, even behind the outsider's own address (a shared office connection, say).
                if (second is 120 or 330 or 590)
                {
                    using var knownDevice = From(site, OutsiderAddresses[0], deviceCookie);
                    if (await SignsInAsync(knownDevice, Owner, StaffTestData.Password))
                    {
                        knownDeviceIn.Add(second);
                        deviceCookie = knownDevice.Cookies[KnownDevices.CookieName];
                    }
                }

                if (second is 200 or 420)
                {
                    using var newDevice = From(site, $"192.0.2.{60 + (second / 10)}");
                    if (await SignsInAsync(newDevice, Owner, StaffTestData.Password))
                    {
                        newDeviceIn.Add(second);
                    }
                }

                // On a new device the owner mistypes first, then keeps trying the right password every 10 s.
                if (second == 250)
                {
                    Assert.False(await SignsInAsync(typo, Owner, "the owner's typo"));
                }
                else if (second > 250 && !typo.Cookies.ContainsKey(KnownDevices.CookieName) && await SignsInAsync(typo, Owner, StaffTestData.Password))
                {
                    Assert.InRange(second - 250, 10, 60);
                }

                site.Time.Advance(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            outsiders.ForEach(o => o.Dispose());
        }

        Assert.Equal([120, 330, 590], knownDeviceIn);
        Assert.Equal([200, 420], newDeviceIn);
        Assert.True(typo.Cookies.ContainsKey(KnownDevices.CookieName), "The owner who mistyped on a new device never got in.");
    }

    /// <summary>The password step, then <paramref name="code"/>; true when the code step lands on the inbox.</summary>
    private static async Task<bool> SignsInWithCodeAsync(StaffBrowser browser, string email, string code)
    {
        using (var password = await browser.SignInAsync(email, StaffTestData.Password))
        {
            if (password.StatusCode != HttpStatusCode.Redirect)
            {
                return false;
            }

            Assert.StartsWith("/staff/login/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var codePage = await browser.GetDocumentAsync("/staff/login/code");
        using var response = await browser.PostAsync("/staff/login/code", [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(codePage)), new("Input.Code", code), new("ReturnUrl", string.Empty)]);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/staff/inquiries";
    }

    /// <summary>Six digits that are none of the codes the site would accept now.</summary>
    private static string WrongCode(string key)
    {
        var accepted = new[] { AuthenticatorApp.Code(key, -1), AuthenticatorApp.Code(key), AuthenticatorApp.Code(key, 1) };
        return Enumerable.Range(0, 4).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }

    [Fact]
    public async Task An_outsider_who_has_the_password_and_fails_the_code_every_30_seconds_never_keeps_the_owner_out()
    {
        using var site = Site();
        var user = await StaffTestData.CreateStaffAsync(site, Owner);
        string key;
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
            key = (await users.GetAuthenticatorKeyAsync(stored))!;
        }

        // Each code is taken once, so each of the owner's sign-ins uses a later one (the site accepts one step either way).
        string deviceCookie;
        using (var home = From(site, "192.0.2.1"))
        {
            await AuthenticatorApp.WaitForRoomInStepAsync();
            Assert.True(await SignsInWithCodeAsync(home, Owner, AuthenticatorApp.Code(key, -1)));
            deviceCookie = home.Cookies[KnownDevices.CookieName];
        }

        var outsiders = OutsiderAddresses.Select(a => From(site, a)).ToList();
        var ownerIn = new List<int>();
        try
        {
            for (var second = 0; second <= 600; second += 10)
            {
                Assert.False(await SignsInWithCodeAsync(outsiders[second / 10 % outsiders.Count], Owner, WrongCode(key)));
                if (second == 200)
                {
                    using var newDevice = From(site, "192.0.2.90");
                    if (await SignsInWithCodeAsync(newDevice, Owner, AuthenticatorApp.Code(key)))
                    {
                        ownerIn.Add(second);
                    }
                }

                if (second == 450)
                {
                    using var knownDevice = From(site, OutsiderAddresses[1], deviceCookie);
                    if (await SignsInWithCodeAsync(knownDevice, Owner, AuthenticatorApp.Code(key, 1)))
                    {
                        ownerIn.Add(second);
                    }
                }

                site.Time.Advance(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            outsiders.ForEach(o => o.Dispose());
        }

        Assert.Equal([200, 450], ownerIn);
    }

    [Fact]
    public async Task Tries_refused_while_waiting_do_not_make_the_wait_longer()
    {
        using var site = Site(freeTries: 3);
        await StaffTestData.CreateStaffAsync(site, Owner);
        using var browser = From(site, "203.0.113.20");
        for (var i = 0; i < 4; i++)
        {
            Assert.False(await SignsInAsync(browser, Owner, $"wrong {i}"));
        }

        // The fourth failure asks for 15 s; tries during it are refused, even with the right password.
        for (var i = 0; i < 3; i++)
        {
            site.Time.Advance(TimeSpan.FromSeconds(4));
            Assert.False(await SignsInAsync(browser, Owner, i == 2 ? StaffTestData.Password : $"still wrong {i}"));
        }

        site.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.True(await SignsInAsync(browser, Owner, StaffTestData.Password));
    }

    [Fact]
    public async Task A_known_device_still_waits_after_its_own_wrong_passwords()
    {
        using var site = Site(freeTries: 3);
        await StaffTestData.CreateStaffAsync(site, Owner);
        var deviceCookie = await KnownDeviceCookieAsync(site);
        using var device = From(site, "192.0.2.50", deviceCookie);
        for (var i = 0; i < 4; i++)
        {
            Assert.False(await SignsInAsync(device, Owner, $"my own typo {i}"));
        }

        Assert.False(await SignsInAsync(device, Owner, StaffTestData.Password));
        site.Time.Advance(TimeSpan.FromSeconds(15));

        Assert.True(await SignsInAsync(device, Owner, StaffTestData.Password));
    }

    [Fact]
    public async Task A_known_device_cookie_helps_only_its_own_account_and_only_as_the_site_made_it()
    {
        using var site = Site(freeTries: 2);
        const string colleague = "colleague@clinic.example";
        await StaffTestData.CreateStaffAsync(site, Owner);
        await StaffTestData.CreateStaffAsync(site, colleague);
        var ownersCookie = await KnownDeviceCookieAsync(site);
        // The shared office address has failed often enough to wait.
        using (var guesser = From(site, "203.0.113.30"))
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.False(await SignsInAsync(guesser, colleague, $"guess {i}"));
            }
        }

        var tampered = ownersCookie[..^4] + (ownersCookie[^4..] == "AAAA" ? "BBBB" : "AAAA");
        using var forgedCookie = From(site, "203.0.113.30", tampered);
        using var otherAccount = From(site, "203.0.113.30", ownersCookie);
        using var ownersBrowser = From(site, "203.0.113.30", ownersCookie);

        Assert.False(await SignsInAsync(forgedCookie, Owner, StaffTestData.Password));
        Assert.False(await SignsInAsync(otherAccount, colleague, StaffTestData.Password));
        Assert.True(await SignsInAsync(ownersBrowser, Owner, StaffTestData.Password));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_known_device_cookie_is_given_only_after_a_sign_in_and_is_HttpOnly_Strict_and_Host_prefixed_on_https(bool https)
    {
        using var site = Site();
        await StaffTestData.CreateStaffAsync(site, Owner);
        using var browser = From(site, "192.0.2.5");
        if (https)
        {
            browser.WithHeader("X-Forwarded-Proto", "https");
        }

        var name = (https ? "__Host-" : string.Empty) + KnownDevices.CookieName;

        Assert.False(await SignsInAsync(browser, Owner, "not the password"));
        Assert.DoesNotContain(browser.LastSetCookies, c => c.Contains(KnownDevices.CookieName, StringComparison.Ordinal));
        Assert.True(await SignsInAsync(browser, Owner, StaffTestData.Password));
        var cookie = Assert.Single(browser.LastSetCookies, c => c.StartsWith(name + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Equal(https, attributes.Contains("secure"));
        Assert.Contains(attributes, a => a.StartsWith("max-age=", StringComparison.Ordinal));
    }
}
