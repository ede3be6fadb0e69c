using System.Net;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

public sealed class StaffSignInTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private const string PublicHost = "attachmentguide.example.org";

    private static string? Attribute(string setCookie, string name) =>
        setCookie.Split(';').Skip(1).Select(a => a.Trim())
            .Select(a => a.Split('=', 2))
            .Where(a => a[0].Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Length > 1 ? a[1] : string.Empty)
            .FirstOrDefault();

    private static bool HasFlag(string setCookie, string flag) =>
        setCookie.Split(';').Skip(1).Any(a => a.Trim().Equals(flag, StringComparison.OrdinalIgnoreCase));

    private static string SignInCookie(StaffBrowser browser, string name)
    {
        var cookie = Assert.Single(browser.LastSetCookies, c => c.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.DoesNotContain(browser.LastSetCookies, c => c.StartsWith("ag-staff", StringComparison.Ordinal) && !c.StartsWith(name + "=", StringComparison.Ordinal));
        return cookie;
    }

    private static async Task<string?> FailureAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        return page.QuerySelector("#error-summary li")?.Text();
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_lands_on_the_inbox()
    {
        await StaffTestData.CreateStaffAsync(site, "lands@clinic.example");
        using var staff = new StaffBrowser(site);

        await staff.SignInOrFailAsync("lands@clinic.example");
        var inbox = await staff.GetDocumentAsync("/staff/inquiries");

        Assert.StartsWith("Inbox", inbox.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_staff_page_asked_for_but_never_to_another_site()
    {
        await StaffTestData.CreateStaffAsync(site, "returns@clinic.example");
        using var staff = new StaffBrowser(site);
        using var evil = new StaffBrowser(site);

        using var toAccount = await staff.SignInAsync("returns@clinic.example", StaffTestData.Password, "/staff/account");
        using var toEvil = await evil.SignInAsync("returns@clinic.example", StaffTestData.Password, "https://evil.example/steal");

        Assert.Equal("/staff/account", toAccount.Headers.Location?.OriginalString);
        Assert.Equal("/staff/inquiries", toEvil.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_a_session()
    {
        await StaffTestData.CreateStaffAsync(site, "wrong@clinic.example");
        using var staff = new StaffBrowser(site);

        using var response = await staff.SignInAsync("wrong@clinic.example", "not the right password at all");

        Assert.Equal(Web.Pages.Staff.LoginModel.FailureMessage, await FailureAsync(response));
        Assert.DoesNotContain(staff.Cookies.Keys, k => k.Contains("ag-staff", StringComparison.Ordinal));
        using var inbox = await staff.GetAsync("/staff/inquiries");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Staff_pages_tell_browsers_and_proxies_never_to_store_them()
    {
        await StaffTestData.CreateStaffAsync(site, "nostore@clinic.example");
        var inquiry = await StaffTestData.SaveAsync(site, "No Store Person");
        using var staff = new StaffBrowser(site);
        using (var login = await staff.GetAsync("/staff/login"))
        {
            Assert.Contains("no-store", login.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }

        await staff.SignInOrFailAsync("nostore@clinic.example");

        foreach (var path in new[] { "/staff/inquiries", $"/staff/inquiries/{inquiry.Id}", "/staff/inquiries/export", "/staff/account" })
        {
            using var response = await staff.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} sent Cache-Control: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task Over_plain_http_the_sign_in_cookie_is_ag_staff_HttpOnly_SameSite_Strict_and_not_Secure()
    {
        await StaffTestData.CreateStaffAsync(site, "http-cookie@clinic.example");
        using var staff = new StaffBrowser(site, "http://localhost");

        await staff.SignInOrFailAsync("http-cookie@clinic.example");

        var cookie = SignInCookie(staff, "ag-staff");
        Assert.True(HasFlag(cookie, "httponly"), cookie);
        Assert.Equal("strict", Attribute(cookie, "samesite"), StringComparer.OrdinalIgnoreCase);
        Assert.False(HasFlag(cookie, "secure"), cookie);
        Assert.Equal("/", Attribute(cookie, "path"));
    }

    [Fact]
    public async Task Over_https_the_sign_in_cookie_is_a_Host_prefixed_Secure_HttpOnly_SameSite_Strict_cookie_on_path_slash()
    {
        await StaffTestData.CreateStaffAsync(site, "https-cookie@clinic.example");
        using var staff = new StaffBrowser(site, "https://" + PublicHost);

        await staff.SignInOrFailAsync("https-cookie@clinic.example");

        var cookie = SignInCookie(staff, "__Host-ag-staff");
        Assert.True(HasFlag(cookie, "secure"), cookie);
        Assert.True(HasFlag(cookie, "httponly"), cookie);
        Assert.Equal("strict", Attribute(cookie, "samesite"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("/", Attribute(cookie, "path"));
        Assert.Null(Attribute(cookie, "domain"));
        await staff.GetDocumentAsync("/staff/inquiries");
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_sign_in_cookie_is_a_Host_prefixed_Secure_cookie()
    {
        await StaffTestData.CreateStaffAsync(site, "proxy-cookie@clinic.example");
        using var staff = new StaffBrowser(site, "http://" + PublicHost).WithHeader("X-Forwarded-Proto", "https");

        await staff.SignInOrFailAsync("proxy-cookie@clinic.example");

        var cookie = SignInCookie(staff, "__Host-ag-staff");
        Assert.True(HasFlag(cookie, "secure"), cookie);
        Assert.True(HasFlag(cookie, "httponly"), cookie);
        Assert.Equal("strict", Attribute(cookie, "samesite"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("/", Attribute(cookie, "path"));
        await staff.GetDocumentAsync("/staff/inquiries");
    }

    [Fact]
    public async Task An_unknown_account_is_refused_with_the_same_words_as_a_wrong_password()
    {
        await StaffTestData.CreateStaffAsync(site, "known@clinic.example");
        using var staff = new StaffBrowser(site);

        using var unknown = await staff.SignInAsync("nobody@clinic.example", StaffTestData.Password);
        using var wrong = await staff.SignInAsync("known@clinic.example", "some other long password");

        Assert.Equal(await FailureAsync(wrong), await FailureAsync(unknown));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_at_once_so_a_replayed_cookie_is_refused()
    {
        await StaffTestData.CreateStaffAsync(site, "signout@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("signout@clinic.example");
        var inbox = await staff.GetDocumentAsync("/staff/inquiries");
        var captured = new Dictionary<string, string>(staff.Cookies, StringComparer.Ordinal);
        var logoutForm = inbox.QuerySelector("form[action='/staff/logout']");
        Assert.NotNull(logoutForm);

        using (var signOut = await staff.PostAsync("/staff/logout", [new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(inbox))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), signOut.Headers.Location!).AbsolutePath);
        }

        // A second later, as any real replay is: the security stamp is checked when time has passed since the
        // cookie was issued (the site's clock is a fake one that stands still otherwise).
        site.Time.Advance(TimeSpan.FromSeconds(1));
        using var replay = new StaffBrowser(site, cookies: captured);
        using var replayed = await replay.GetAsync("/staff/inquiries");

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), replayed.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task The_sign_out_button_in_the_staff_navigation_carries_an_antiforgery_token()
    {
        await StaffTestData.CreateStaffAsync(site, "signout-form@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("signout-form@clinic.example");

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");

        var form = inbox.QuerySelector("nav form[action='/staff/logout'][method=post]");
        Assert.NotNull(form);
        Assert.NotNull(form.QuerySelector($"input[name={StaffBrowser.AntiforgeryField}]"));
    }
}
