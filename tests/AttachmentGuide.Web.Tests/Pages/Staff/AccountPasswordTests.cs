using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>A staff member changes their own password on /staff/account.</summary>
public sealed class AccountPasswordTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private const string NewPassword = "amber kettle orchard violin 7";

    private async Task<(StaffBrowser Phone, StaffBrowser Laptop)> TwoSessionsAsync(string email)
    {
        await StaffTestData.CreateStaffAsync(site, email);
        var phone = new StaffBrowser(site);
        await phone.SignInOrFailAsync(email);
        var laptop = new StaffBrowser(site);
        await laptop.SignInOrFailAsync(email);
        return (phone, laptop);
    }

    private static async Task<HttpResponseMessage> ChangeAsync(StaffBrowser browser, string current, string proposed, string confirm)
    {
        var account = await browser.GetDocumentAsync("/staff/account");
        return await browser.PostFormAsync(account, "Password", ("currentPassword", current), ("newPassword", proposed), ("confirmPassword", confirm));
    }

    private async Task<HttpStatusCode> InboxStatusAsync(StaffBrowser browser)
    {
        // The security stamp is checked once time has passed since the cookie was issued (the fake clock stands still).
        site.Time.Advance(TimeSpan.FromSeconds(1));
        using var inbox = await browser.GetAsync("/staff/inquiries");
        return inbox.StatusCode;
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions_keeps_this_one_and_is_audited()
    {
        const string email = "change-password@clinic.example";
        var (phone, laptop) = await TwoSessionsAsync(email);
        using (phone)
        using (laptop)
        {
            using var changed = await ChangeAsync(phone, StaffTestData.Password, NewPassword, NewPassword);

            Assert.Equal("/staff/account?notice=password", changed.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.OK, await InboxStatusAsync(phone));
            Assert.Equal(HttpStatusCode.Redirect, await InboxStatusAsync(laptop));
            Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.PasswordChange);
            using var withOld = new StaffBrowser(site);
            using var refused = await withOld.SignInAsync(email, StaffTestData.Password);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            using var withNew = new StaffBrowser(site);
            await withNew.SignInOrFailAsync(email, NewPassword);
        }
    }

    public static TheoryData<string, string, string, string, string> Refusals => new()
    {
        { "wrong current", "not the current password", NewPassword, NewPassword, "#currentPassword-error" },
        { "no current", string.Empty, NewPassword, NewPassword, "#currentPassword-error" },
        { "too short", StaffTestData.Password, "short one", "short one", "#newPassword-error" },
        { "common", StaffTestData.Password, "password1234", "password1234", "#newPassword-error" },
        { "too long", StaffTestData.Password, new string('k', 129) + " x", new string('k', 129) + " x", "#newPassword-error" },
        { "not the same twice", StaffTestData.Password, NewPassword, NewPassword + "!", "#confirmPassword-error" },
        { "empty", StaffTestData.Password, string.Empty, string.Empty, "#newPassword-error" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_change_is_a_field_error_on_the_page_and_changes_nothing(string why, string current, string proposed, string confirm, string errorId)
    {
        var email = $"refused-{why.Replace(' ', '-')}@clinic.example";
        var (phone, laptop) = await TwoSessionsAsync(email);
        using (phone)
        using (laptop)
        {
            using var refused = await ChangeAsync(phone, current, proposed, confirm);

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await HtmlHelpers.ParseAsync(refused);
            var error = page.QuerySelector(errorId);
            Assert.True(error is not null, $"{why}: no {errorId} on the page");
            var input = (IHtmlInputElement)page.QuerySelector(errorId.Replace("-error", string.Empty, StringComparison.Ordinal))!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Contains(errorId[1..], input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("input[type=password][value]:not([value=''])"));
            Assert.Equal(HttpStatusCode.OK, await InboxStatusAsync(laptop));
            Assert.DoesNotContain(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.PasswordChange);
            using var stillOld = new StaffBrowser(site);
            await stillOld.SignInOrFailAsync(email);
        }
    }
}
