using System.Net;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>With two-step sign-in on, the password step hands over to the code step without a session yet.</summary>
public sealed class StaffTwoFactorCookieTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private async Task EnableTwoFactorAsync(string email)
    {
        await StaffTestData.CreateStaffAsync(site, email);
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
    }

    [Fact]
    public async Task With_two_step_sign_in_the_right_password_leads_to_the_code_page_and_not_into_the_inbox()
    {
        await EnableTwoFactorAsync("two-step@clinic.example");
        using var staff = new StaffBrowser(site);

        using var response = await staff.SignInAsync("two-step@clinic.example", StaffTestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/login/code", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var inbox = await staff.GetAsync("/staff/inquiries");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Over_https_the_cookie_between_the_password_and_the_code_is_Secure_HttpOnly_and_SameSite_Strict()
    {
        await EnableTwoFactorAsync("two-step-cookie@clinic.example");
        using var staff = new StaffBrowser(site, "https://attachmentguide.example.org");

        using var response = await staff.SignInAsync("two-step-cookie@clinic.example", StaffTestData.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The contract: staff sign-in cookies are HttpOnly, SameSite=Strict and Secure over https.
        var cookie = Assert.Single(staff.LastSetCookies);
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.True(attributes.Contains("secure") && attributes.Contains("httponly") && attributes.Contains("samesite=strict"), cookie);
    }
}
