using System.Net;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary>/staff/accounts: an admin sees every account with its roles and changes them with real forms; each change is audited.</summary>
public sealed class StaffAccountsPageTests
{
    private const string AdminEmail = "admin@clinic.example";
    private const string WriterEmail = "writer@clinic.example";

    private static async Task<StaffBrowser> SignedInAsync(StaffSiteFactory site, string email)
    {
        var browser = new StaffBrowser(site);
        using var signIn = await browser.SignInAsync(email, StaffTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>Posts the roles form of the card headed <paramref name="email"/>.</summary>
    private static Task<HttpResponseMessage> PostRolesAsync(StaffBrowser browser, AngleSharp.Html.Dom.IHtmlDocument page, string email, params string[] roles)
    {
        var card = page.QuerySelectorAll(".account-card").Single(c => c.QuerySelector("h2")?.TextContent == email);
        var accountId = card.QuerySelector("input[name=accountId]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new(StaffBrowser.AntiforgeryField, card.QuerySelector($"input[name={StaffBrowser.AntiforgeryField}]")!.GetAttribute("value")!),
            new("accountId", accountId),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("role", r)));
        return browser.PostAsync(card.QuerySelector("form")!.GetAttribute("action")!, fields);
    }

    [Fact]
    public async Task The_page_lists_every_account_with_its_roles_and_a_labelled_checkbox_for_each_role()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffWithRolesAsync(site, AdminEmail, StaffRoles.Admin);
        await StaffTestData.CreateStaffWithRolesAsync(site, WriterEmail, StaffRoles.Editor, StaffRoles.Inbox);
        using var admin = await SignedInAsync(site, AdminEmail);

        var page = await admin.GetDocumentAsync("/staff/accounts");

        var cards = page.QuerySelectorAll(".account-card").ToList();
        Assert.Equal([AdminEmail, WriterEmail], cards.Select(c => c.QuerySelector("h2")!.TextContent));
        Assert.Equal("inbox, editor", cards[1].QuerySelector(".account-roles")!.TextContent);
        foreach (var box in page.QuerySelectorAll("input[type=checkbox]"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{box.Id}']"));
        }

        Assert.Equal(["inbox", "editor"], cards[1].QuerySelectorAll("input[type=checkbox][checked]").Select(b => b.GetAttribute("value")));
        Assert.Equal("Roles for " + WriterEmail, cards[1].QuerySelector("legend")!.TextContent);
    }

    [Fact]
    public async Task Every_staff_email_on_the_page_is_isolated_so_right_to_left_text_cannot_reorder_it()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffWithRolesAsync(site, AdminEmail, StaffRoles.Admin);
        await StaffTestData.CreateStaffWithRolesAsync(site, WriterEmail, StaffRoles.Inbox);
        using var admin = await SignedInAsync(site, AdminEmail);

        var page = await admin.GetDocumentAsync("/staff/accounts");
        using var saved = await PostRolesAsync(admin, page, WriterEmail, StaffRoles.Editor);
        var after = await admin.GetDocumentAsync(saved.Headers.Location!.OriginalString);

        foreach (var card in after.QuerySelectorAll(".account-card"))
        {
            var email = card.QuerySelector("h2")!.TextContent;
            Assert.Equal(email, card.QuerySelector("h2 > bdi")?.TextContent);
            Assert.Equal(email, card.QuerySelector("legend > bdi")?.TextContent);
            Assert.Equal(email, card.QuerySelector("button .visually-hidden > bdi")?.TextContent);
        }

        Assert.Equal(WriterEmail, after.QuerySelector(".notice[role=status] > bdi")?.TextContent);
    }

    [Fact]
    public async Task An_admin_changes_roles_the_change_is_audited_with_both_sets_and_the_account_feels_it_at_its_next_request()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffWithRolesAsync(site, AdminEmail, StaffRoles.Admin);
        await StaffTestData.CreateStaffWithRolesAsync(site, WriterEmail, StaffRoles.Inbox);
        using var writer = await SignedInAsync(site, WriterEmail);
        await writer.GetDocumentAsync("/staff/inquiries");
        using var admin = await SignedInAsync(site, AdminEmail);

        using var saved = await PostRolesAsync(admin, await admin.GetDocumentAsync("/staff/accounts"), WriterEmail, StaffRoles.Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await admin.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains($"The roles of {WriterEmail} are saved", after.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([StaffRoles.Editor], await StaffTestData.RolesOfAsync(site, WriterEmail));
        var entry = Assert.Single(await StaffTestData.AuditAsync(site), a => a.Action == AuditActions.RoleChange);
        Assert.Equal(AdminEmail, entry.Actor);
        Assert.Equal($"{WriterEmail}: inbox -> editor", entry.Detail);
        site.Time.Advance(TimeSpan.FromSeconds(1));
        using var refused = await writer.GetAsync("/staff/inquiries");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_last_admin_cannot_take_away_their_own_admin_role_and_is_told_why()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffWithRolesAsync(site, AdminEmail, StaffRoles.Admin);
        using var admin = await SignedInAsync(site, AdminEmail);

        using var refused = await PostRolesAsync(admin, await admin.GetDocumentAsync("/staff/accounts"), AdminEmail, StaffRoles.Inbox);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlHelpers.ParseAsync(refused);
        Assert.Contains("is the only admin", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".account-card .field-error"));
        Assert.Equal([StaffRoles.Admin], await StaffTestData.RolesOfAsync(site, AdminEmail));
        Assert.DoesNotContain(await StaffTestData.AuditAsync(site), a => a.Action == AuditActions.RoleChange);
    }

    [Fact]
    public async Task An_unknown_role_in_a_forged_form_is_refused_and_changes_nothing()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffWithRolesAsync(site, AdminEmail, StaffRoles.Admin);
        await StaffTestData.CreateStaffWithRolesAsync(site, WriterEmail, StaffRoles.Inbox);
        using var admin = await SignedInAsync(site, AdminEmail);

        using var refused = await PostRolesAsync(admin, await admin.GetDocumentAsync("/staff/accounts"), WriterEmail, "superuser");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("'superuser' is not a role", (await HtmlHelpers.ParseAsync(refused)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([StaffRoles.Inbox], await StaffTestData.RolesOfAsync(site, WriterEmail));
    }

    [Fact]
    public async Task An_inbox_account_posting_the_roles_form_gets_403_and_changes_nothing()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffWithRolesAsync(site, AdminEmail, StaffRoles.Admin);
        await StaffTestData.CreateStaffWithRolesAsync(site, WriterEmail, StaffRoles.Inbox);
        using var admin = await SignedInAsync(site, AdminEmail);
        var adminsPage = await admin.GetDocumentAsync("/staff/accounts");
        var writerId = adminsPage.QuerySelectorAll(".account-card").Single(c => c.QuerySelector("h2")!.TextContent == WriterEmail)
            .QuerySelector("input[name=accountId]")!.GetAttribute("value")!;
        using var writer = await SignedInAsync(site, WriterEmail);
        var token = StaffBrowser.Token(await writer.GetDocumentAsync("/staff/account"));

        using var refused = await writer.PostAsync("/staff/accounts?handler=Roles", [new(StaffBrowser.AntiforgeryField, token), new("accountId", writerId), new("role", StaffRoles.Admin)]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal([StaffRoles.Inbox], await StaffTestData.RolesOfAsync(site, WriterEmail));
    }
}
