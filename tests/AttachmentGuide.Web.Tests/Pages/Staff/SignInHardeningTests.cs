using System.Diagnostics;
using System.Net;
using AttachmentGuide.Web.Pages.Staff;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>Sign-in tells an outsider nothing by its timing, slows a guessing address (see also <see cref="SignInThrottleTests"/>), and takes each code once.</summary>
public sealed class SignInHardeningTests
{
    private static async Task<string?> FailureAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        return page.QuerySelector("#error-summary li")?.Text();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    [Fact]
    public async Task An_unknown_email_takes_as_long_to_refuse_as_a_wrong_password_for_a_real_account()
    {
        using var site = new StaffSiteFactory();
        // Each real account is tried once, so no lockout or wait can make its answer fast.
        var accounts = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            accounts.Add($"timed{i}@clinic.example");
            await StaffTestData.CreateStaffAsync(site, accounts[^1]);
        }

        using var browser = new StaffBrowser(site);
        var unknown = new List<double>();
        var known = new List<double>();
        for (var i = 0; i < 24; i++)
        {
            var login = await browser.GetDocumentAsync("/staff/login");
            var token = StaffBrowser.Token(login);
            var isKnown = i % 2 == 1;
            var typed = isKnown ? accounts[i / 2] : $"nobody{i}@clinic.example";
            var watch = Stopwatch.StartNew();
            using var response = await browser.PostAsync("/staff/login", [
                new(StaffBrowser.AntiforgeryField, token), new("Input.Email", typed), new("Input.Password", $"a wrong password {i}")]);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (i >= 4)
            {
                (isKnown ? known : unknown).Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var ratio = Median(unknown) / Median(known);

        Assert.InRange(ratio, 0.5, 2.0);
    }

    [Fact]
    public async Task Guessing_from_one_address_is_slowed_for_every_account_it_tries()
    {
        using var site = new StaffSiteFactory();
        site.Settings["Staff:SignInThrottle:FreeTries"] = "3";
        await StaffTestData.CreateStaffAsync(site, "other@clinic.example");
        using var guesser = new StaffBrowser(site).WithHeader("X-Forwarded-For", "203.0.113.67");
        for (var i = 0; i < 6; i++)
        {
            using var wrong = await guesser.SignInAsync($"spray{i}@clinic.example", "a common password");
        }

        using var refused = await guesser.SignInAsync("other@clinic.example", StaffTestData.Password);

        Assert.Equal(LoginModel.FailureMessage, await FailureAsync(refused));
    }

    [Fact]
    public async Task A_code_that_signed_in_once_is_refused_the_second_time()
    {
        using var site = new StaffSiteFactory();
        const string email = "two-step@clinic.example";
        var user = await StaffTestData.CreateStaffAsync(site, email);
        string key;
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
            key = (await users.GetAuthenticatorKeyAsync(stored))!;
        }

        var code = AuthenticatorApp.Code(key);
        using var first = new StaffBrowser(site);
        using var firstTry = await SignInWithCodeAsync(first, email, code);
        using var second = new StaffBrowser(site);
        using var replayed = await SignInWithCodeAsync(second, email, code);

        Assert.Equal(HttpStatusCode.Redirect, firstTry.StatusCode);
        Assert.Equal("/staff/inquiries", firstTry.Headers.Location?.OriginalString);
        Assert.Equal(LoginModel.FailureMessage, await FailureAsync(replayed));
        Assert.DoesNotContain(second.Cookies.Keys, k => k == "ag-staff");
    }

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(StaffBrowser browser, string email, string code)
    {
        using var password = await browser.SignInAsync(email, StaffTestData.Password);
        Assert.StartsWith("/staff/login/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var codePage = await browser.GetDocumentAsync("/staff/login/code");
        return await browser.PostAsync("/staff/login/code", [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(codePage)),
            new("Input.Code", code),
            new("ReturnUrl", string.Empty),
        ]);
    }
}
