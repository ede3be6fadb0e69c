using System.Net;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary>
/// Each staff page for each role: the pages a role opens answer 200, the others a 403 page (audited, with no inquiry
/// data and no inbox count), and a signed-out person is still sent to sign in.
/// </summary>
public sealed class StaffRoleAccessTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private const string SecretName = "Ottoline Role-Check";

    /// <summary>What each account is: a role name, "none" (an account with no role) or "signed out".</summary>
    public static TheoryData<string, string, string> Matrix()
    {
        // page, who, expected: 200, 403, or login
        var data = new TheoryData<string, string, string>();
        var pages = new (string Page, string Needs)[]
        {
            ("/staff/inquiries", StaffRoles.Inbox),
            ("/staff/inquiries/{id}", StaffRoles.Inbox),
            ("/staff/inquiries/export", StaffRoles.Inbox),
            ("/staff/notifications", StaffRoles.Admin),
            ("/staff/accounts", StaffRoles.Admin),
            ("/staff/account", "any"),
        };
        foreach (var (page, needs) in pages)
        {
            foreach (var who in new[] { StaffRoles.Inbox, StaffRoles.Editor, StaffRoles.Admin, "none" })
            {
                var opens = who == StaffRoles.Admin || needs == "any" || needs == who;
                data.Add(page, who, opens ? "200" : "403");
            }

            data.Add(page, "signed out", "login");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_staff_page_answers_each_role_with_its_page_a_403_page_or_sign_in(string page, string who, string expected)
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues(SecretName, "ottoline@example.com", Message: "Words only the inbox may read"));
        var path = page.Replace("{id}", inquiry.Id.ToString(), StringComparison.Ordinal);
        using var browser = await BrowserAsAsync(who);

        using var response = await browser.GetAsync(path);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        switch (expected)
        {
            case "200":
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who} at {path}: {(int)response.StatusCode} {response.Headers.Location}");
                break;
            case "403":
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{who} at {path}: {(int)response.StatusCode} {response.Headers.Location}");
                var document = await HtmlHelpers.ParseAsync(response);
                Assert.Equal("You don't have access to this page", document.QuerySelector("h1")?.TextContent);
                Assert.Contains("noindex", document.MetaContent("meta[name=robots]") ?? string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain(SecretName, body, StringComparison.Ordinal);
                Assert.DoesNotContain(inquiry.Reference, body, StringComparison.Ordinal);
                if (who is not StaffRoles.Inbox)
                {
                    Assert.Null(document.QuerySelector(".nav-counts"));
                }

                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
                break;
        }
    }

    [Fact]
    public async Task The_403_page_names_the_role_the_page_needs_and_who_can_grant_it_and_is_audited_with_the_path_alone()
    {
        const string email = "editor-refused@clinic.example";
        using var editor = await BrowserAsAsync(StaffRoles.Editor, email);

        using var response = await editor.GetAsync("/staff/inquiries/export?search=Ottoline");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var document = await HtmlHelpers.ParseAsync(response);
        var main = document.QuerySelector("main")!.TextContent;
        Assert.Contains("needs the inbox role", main, StringComparison.Ordinal);
        Assert.Contains("ask an admin", main, StringComparison.Ordinal);
        Assert.Contains("staff roles YOUR-EMAIL --add ROLE", main, StringComparison.Ordinal);
        var denied = Assert.Single(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.AccessDenied);
        Assert.Equal("/staff/inquiries/export", denied.Detail);
        Assert.Null(denied.InquiryId);
    }

    [Fact]
    public async Task An_editor_sees_no_inbox_link_and_no_inquiry_count_in_the_staff_nav()
    {
        await StaffTestData.SubmitContactFormAsync(site, new ContactValues(SecretName, "ottoline@example.com"));
        using var editor = await BrowserAsAsync(StaffRoles.Editor);
        using var inbox = await BrowserAsAsync(StaffRoles.Inbox);

        var editorsPage = await editor.GetDocumentAsync("/staff/account");
        var inboxPage = await inbox.GetDocumentAsync("/staff/account");

        var editorsNav = editorsPage.QuerySelector("nav.staff-nav")!;
        Assert.Null(editorsNav.QuerySelector("a[href='/staff/inquiries']"));
        Assert.Null(editorsPage.QuerySelector(".nav-counts"));
        Assert.DoesNotContain(" new", editorsNav.TextContent, StringComparison.Ordinal);
        Assert.Null(editorsNav.QuerySelector("a[href='/staff/accounts']"));
        // The same page for an inbox account does show both, so the checks above can fail.
        Assert.NotNull(inboxPage.QuerySelector("nav.staff-nav a[href='/staff/inquiries'] .nav-counts"));
        Assert.Null(inboxPage.QuerySelector("nav.staff-nav a[href='/staff/accounts']"));
    }

    [Fact]
    public async Task An_admin_sees_the_inbox_the_alerts_and_the_accounts_in_the_nav()
    {
        using var admin = await BrowserAsAsync(StaffRoles.Admin);

        var nav = (await admin.GetDocumentAsync("/staff/account")).QuerySelector("nav.staff-nav")!;

        Assert.NotNull(nav.QuerySelector("a[href='/staff/inquiries'] .nav-counts"));
        Assert.NotNull(nav.QuerySelector("a[href='/staff/notifications']"));
        Assert.NotNull(nav.QuerySelector("a[href='/staff/accounts']"));
    }

    [Theory]
    [InlineData("inbox", "/staff/inquiries")]
    [InlineData("admin", "/staff/inquiries")]
    [InlineData("editor", "/staff/content")]
    [InlineData("none", "/staff/account")]
    public async Task Signing_in_and_the_staff_address_lead_to_the_first_page_the_roles_open(string who, string landing)
    {
        var email = $"landing-{who}-{Guid.NewGuid():N}@clinic.example";
        await CreateAsync(who, email);
        using var browser = new StaffBrowser(site);

        using var signIn = await browser.SignInAsync(email, StaffTestData.Password);
        using var start = await browser.GetAsync("/staff");

        Assert.Equal(landing, signIn.Headers.Location?.OriginalString);
        Assert.Equal(landing, start.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Taking_the_inbox_role_away_refuses_the_next_inquiry_page_of_a_session_already_signed_in()
    {
        var email = $"loses-inbox-{Guid.NewGuid():N}@clinic.example";
        using var staff = await BrowserAsAsync(StaffRoles.Inbox, email);
        await staff.GetDocumentAsync("/staff/inquiries");

        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var changes = scope.ServiceProvider.GetRequiredService<StaffRoleChanges>();
            Assert.True((await changes.SetRolesAsync((await users.FindByEmailAsync(email))!, [StaffRoles.Editor])).Succeeded);
        }

        // The sign-in is re-read from the database once time has passed since the cookie was issued; the fake clock
        // stands still otherwise (a real one always moves between two requests).
        site.Time.Advance(TimeSpan.FromSeconds(1));
        using var next = await staff.GetAsync("/staff/inquiries");

        Assert.Equal(HttpStatusCode.Forbidden, next.StatusCode);
    }

    private async Task CreateAsync(string who, string email)
    {
        string[] roles = who == "none" ? [] : [who];
        await StaffTestData.CreateStaffWithRolesAsync(site, email, roles);
    }

    /// <summary>A client signed in as a new account with role <paramref name="who"/>, or signed out.</summary>
    private async Task<StaffBrowser> BrowserAsAsync(string who, string? email = null)
    {
        var browser = new StaffBrowser(site);
        if (who == "signed out")
        {
            return browser;
        }

        email ??= $"{who}-{Guid.NewGuid():N}@clinic.example";
        await CreateAsync(who, email);
        using var signIn = await browser.SignInAsync(email, StaffTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }
}
