using System.Net;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>Nothing in the staff area answers without a session, and no staff action runs without one or without an antiforgery token.</summary>
public sealed class StaffAccessTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private const string SecretName = "Wilhelmina Access-Check";
    private const string SecretEmail = "wilhelmina.access@example.com";

    private async Task<SubmittedInquiry> InquiryAsync() =>
        await StaffTestData.SubmitContactFormAsync(site, new ContactValues(SecretName, SecretEmail, Message: "Private words for the access check"));

    private static void AssertRedirectedToLogin(HttpResponseMessage response, string returnUrl)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        Assert.Equal("/staff/login", location.AbsolutePath);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(returnUrl, query["ReturnUrl"].ToString());
    }

    [Fact]
    public async Task Every_staff_page_redirects_an_anonymous_visitor_to_sign_in_and_shows_no_inquiry_data()
    {
        var inquiry = await InquiryAsync();
        using var anonymous = new StaffBrowser(site);
        string[] paths =
        [
            "/staff/inquiries",
            "/staff/inquiries?status=New",
            $"/staff/inquiries/{inquiry.Id}",
            "/staff/inquiries/export",
            "/staff/inquiries/export?status=New",
            "/staff/account",
        ];

        foreach (var path in paths)
        {
            using var response = await anonymous.GetAsync(path);
            AssertRedirectedToLogin(response, path);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain(SecretName, body, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretEmail, body, StringComparison.Ordinal);
            Assert.DoesNotContain(inquiry.Reference, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_sign_in_page_itself_answers_an_anonymous_visitor()
    {
        using var anonymous = new StaffBrowser(site);

        var login = await anonymous.GetDocumentAsync("/staff/login");

        Assert.NotNull(login.QuerySelector("input[name='Input.Email']"));
        Assert.NotNull(login.QuerySelector("input[name='Input.Password'][type=password]"));
    }

    [Fact]
    public async Task A_status_change_posted_without_a_session_redirects_to_sign_in_and_changes_nothing()
    {
        var inquiry = await InquiryAsync();
        using var anonymous = new StaffBrowser(site);
        var token = await anonymous.TokenFromAsync("/staff/login");
        var path = $"/staff/inquiries/{inquiry.Id}?handler=Update";

        using var response = await anonymous.PostAsync(path, [new(StaffBrowser.AntiforgeryField, token), new("status", "Closed"), new("note", "forged note")]);

        AssertRedirectedToLogin(response, path);
        var stored = await StaffTestData.GetAsync(site, inquiry.Id);
        Assert.NotNull(stored);
        Assert.Equal(InquiryStatus.New, stored.Status);
        Assert.Null(stored.InternalNote);
    }

    [Fact]
    public async Task A_delete_posted_without_a_session_redirects_to_sign_in_and_keeps_the_inquiry()
    {
        var inquiry = await InquiryAsync();
        using var anonymous = new StaffBrowser(site);
        var token = await anonymous.TokenFromAsync("/staff/login");
        var path = $"/staff/inquiries/{inquiry.Id}?handler=Delete";

        using var response = await anonymous.PostAsync(path, [new(StaffBrowser.AntiforgeryField, token), new("confirm", "yes")]);

        AssertRedirectedToLogin(response, path);
        Assert.NotNull(await StaffTestData.GetAsync(site, inquiry.Id));
    }

    [Fact]
    public async Task A_status_change_posted_in_a_session_without_an_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        var inquiry = await InquiryAsync();
        await StaffTestData.CreateStaffAsync(site, "no-token-update@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("no-token-update@clinic.example");
        await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        using var response = await staff.PostAsync($"/staff/inquiries/{inquiry.Id}?handler=Update", [new("status", "Closed"), new("note", "forged note")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await StaffTestData.GetAsync(site, inquiry.Id);
        Assert.NotNull(stored);
        Assert.Equal(InquiryStatus.New, stored.Status);
        Assert.Null(stored.InternalNote);
    }

    [Fact]
    public async Task A_delete_posted_in_a_session_without_an_antiforgery_token_is_refused_with_400_and_keeps_the_inquiry()
    {
        var inquiry = await InquiryAsync();
        await StaffTestData.CreateStaffAsync(site, "no-token-delete@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("no-token-delete@clinic.example");
        await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        using var response = await staff.PostAsync($"/staff/inquiries/{inquiry.Id}?handler=Delete", [new("confirm", "yes")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await StaffTestData.GetAsync(site, inquiry.Id));
    }

    [Fact]
    public async Task A_staff_action_with_a_token_from_before_sign_in_is_refused_with_400()
    {
        // The antiforgery token is bound to the user: one picked up anonymously must not authorise a signed-in action.
        var inquiry = await InquiryAsync();
        await StaffTestData.CreateStaffAsync(site, "old-token@clinic.example");
        using var staff = new StaffBrowser(site);
        var anonymousToken = await staff.TokenFromAsync("/staff/login");
        await staff.SignInOrFailAsync("old-token@clinic.example");

        using var response = await staff.PostAsync($"/staff/inquiries/{inquiry.Id}?handler=Delete", [new(StaffBrowser.AntiforgeryField, anonymousToken), new("confirm", "yes")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await StaffTestData.GetAsync(site, inquiry.Id));
    }
}
