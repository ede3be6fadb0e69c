using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary>
/// An admin adds a colleague on /staff/accounts and hands over a one-time set-up link; the colleague chooses their
/// own password on /staff/setup, signed out. Links that cannot be used get one kind page; every add and link is
/// audited, and the link never reaches the logs.
/// </summary>
public sealed class StaffSetupLinkTests
{
    private const string AdminEmail = "admin@clinic.example";
    private const string NewEmail = "new.therapist@clinic.example";
    private const string ChosenPassword = "copper harbour willow satchel 7";
    private const string UnusableHeading = "This set-up link cannot be used";

    private static async Task<StaffBrowser> AdminAsync(StaffSiteFactory site)
    {
        await StaffTestData.CreateStaffWithRolesAsync(site, AdminEmail, StaffRoles.Admin);
        var admin = new StaffBrowser(site);
        using var signIn = await admin.SignInAsync(AdminEmail, StaffTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return admin;
    }

    private static async Task<HttpResponseMessage> AddAsync(StaffBrowser admin, string email, params string[] roles)
    {
        var page = await admin.GetDocumentAsync("/staff/accounts");
        return await admin.PostFormAsync(page, "Add", [("Input.Email", email), .. roles.Select(r => ("Input.Role", r))]);
    }

    /// <summary>Adds an account through the form and returns the set-up link's path and query, as shown once.</summary>
    private static async Task<string> AddAndReadLinkAsync(StaffBrowser admin, string email, params string[] roles)
    {
        using var added = await AddAsync(admin, email, roles);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        return LinkOn(await HtmlHelpers.ParseAsync(added));
    }

    private static string LinkOn(IHtmlDocument page)
    {
        var link = page.QuerySelector("input#setup-link")?.GetAttribute("value");
        Assert.NotNull(link);
        Assert.Contains("/staff/setup?", link, StringComparison.Ordinal);
        return new Uri(link).PathAndQuery;
    }

    private static async Task<HttpResponseMessage> IssueLinkAsync(StaffBrowser admin, string email)
    {
        var page = await admin.GetDocumentAsync("/staff/accounts");
        var card = page.QuerySelectorAll(".account-card").Single(c => c.QuerySelector("h2")?.TextContent == email);
        var form = card.QuerySelector("form.setup-link-form")!;
        return await admin.PostAsync(form.GetAttribute("action")!, HiddenFields(form));
    }

    private static List<KeyValuePair<string, string>> HiddenFields(AngleSharp.Dom.IElement form) =>
        form.QuerySelectorAll("input[type=hidden][name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .ToList();

    /// <summary>Opens the link signed out and posts its form with the two passwords; returns the POST's response.</summary>
    private static async Task<HttpResponseMessage> SetPasswordAsync(StaffSiteFactory site, string link, string password, string? again = null)
    {
        using var person = new StaffBrowser(site);
        var page = await person.GetDocumentAsync(link);
        var form = page.QuerySelector("main form[method=post]")!;
        var fields = HiddenFields(form);
        fields.Add(new("newPassword", password));
        fields.Add(new("confirmPassword", again ?? password));
        return await person.PostAsync(form.GetAttribute("action")!, fields);
    }

    private static async Task AssertUnusableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Equal(UnusableHeading, page.QuerySelector("h1")?.TextContent);
        Assert.Contains("ask an admin", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form[method=post] input[name=newPassword]"));
    }

    private static async Task<bool> HasPasswordAsync(StaffSiteFactory site, string email)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.HasPasswordAsync((await users.FindByEmailAsync(email))!);
    }

    private static async Task<HttpStatusCode> SignInStatusAsync(StaffSiteFactory site, string email, string password)
    {
        using var browser = new StaffBrowser(site);
        using var response = await browser.SignInAsync(email, password);
        return response.StatusCode;
    }

    [Fact]
    public async Task An_admin_adds_an_account_it_is_listed_with_its_roles_and_its_person_sets_a_password_once_and_signs_in_with_it()
    {
        await using var site = new StaffSiteFactory();
        // The framework's own request lines ("Request starting GET /staff/setup?…") are kept, so the token could show.
        site.Settings["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information";
        using var admin = await AdminAsync(site);

        using var added = await AddAsync(admin, NewEmail, StaffRoles.Editor, StaffRoles.Inbox);

        Assert.True(added.StatusCode == HttpStatusCode.OK, string.Join("\n", site.Logs.Events.Where(e => e.Exception is not null).Select(LogCapture.Render)));
        var page = await HtmlHelpers.ParseAsync(added);
        Assert.Contains("it works once and expires in 72 hours", page.QuerySelector(".setup-link")!.TextContent, StringComparison.Ordinal);
        var link = LinkOn(page);
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        var card = page.QuerySelectorAll(".account-card").Single(c => c.QuerySelector("h2")?.TextContent == NewEmail);
        Assert.Equal("inbox, editor", card.QuerySelector(".account-roles")!.TextContent);
        Assert.Contains("no password yet", card.TextContent, StringComparison.Ordinal);
        Assert.Equal([StaffRoles.Inbox, StaffRoles.Editor], await StaffTestData.RolesOfAsync(site, NewEmail));
        Assert.False(await HasPasswordAsync(site, NewEmail));

        using (var set = await SetPasswordAsync(site, link, ChosenPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
            using var person = new StaffBrowser(site);
            var done = await person.GetDocumentAsync(set.Headers.Location!.OriginalString);
            Assert.Equal("Your password is set", done.QuerySelector("h1")?.TextContent);
        }

        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(site, NewEmail, ChosenPassword));
        using (var person = new StaffBrowser(site))
        {
            // Used once: the same link now gets the kind page, and cannot set another password.
            using var again = await person.GetAsync(link);
            await AssertUnusableAsync(again);
        }

        var audit = await StaffTestData.AuditAsync(site);
        var add = Assert.Single(audit, a => a.Action == AuditActions.AccountAdd);
        Assert.Equal((AdminEmail, $"{NewEmail}: inbox, editor"), (add.Actor, add.Detail));
        var issued = Assert.Single(audit, a => a.Action == AuditActions.SetupLinkIssued);
        Assert.Equal((AdminEmail, NewEmail), (issued.Actor, issued.Detail));
        Assert.Single(audit, a => a.Action == AuditActions.SetupLinkUsed && a.Actor == NewEmail);
        Assert.DoesNotContain(audit, a => (a.Detail ?? string.Empty).Contains(token, StringComparison.Ordinal));

        var logs = site.Logs.Events.Select(LogCapture.Render).ToList();
        Assert.Contains(logs, l => l.Contains("Request starting", StringComparison.Ordinal) && l.Contains("/staff/setup", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains(token, StringComparison.Ordinal) || l.Contains(Uri.EscapeDataString(token), StringComparison.Ordinal));
    }

    public static TheoryData<string, string[], string, string> BadAdds() => new()
    {
        // email typed, roles ticked, the field that is wrong, what it says
        { "not-an-email", [StaffRoles.Inbox], "Input_Email", "Enter an email address in the correct format" },
        { "", [StaffRoles.Inbox], "Input_Email", "Enter the email address" },
        { AdminEmail.ToUpperInvariant(), [StaffRoles.Editor], "Input_Email", "already exists" },
        { NewEmail, [], "new-role-inbox", "Choose at least one role" },
        { NewEmail, ["superuser"], "new-role-inbox", "'superuser' is not a role" },
    };

    [Theory]
    [MemberData(nameof(BadAdds))]
    public async Task A_bad_email_an_existing_account_or_no_role_gets_a_field_message_keeps_what_was_typed_and_creates_nothing(
        string email, string[] roles, string field, string message)
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);

        using var refused = await AddAsync(admin, email, roles);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlHelpers.ParseAsync(refused);
        Assert.Contains(message, page.QuerySelector($"#error-summary a[href='#{field}']")?.TextContent ?? "(no summary link)", StringComparison.Ordinal);
        var form = page.QuerySelector("form[action*='handler=Add']")!;
        Assert.Contains(message, form.QuerySelector(".field--error .field-error")?.TextContent ?? "(no field error)", StringComparison.Ordinal);
        Assert.Equal(email, form.QuerySelector("input#Input_Email")!.GetAttribute("value") ?? string.Empty);
        Assert.Equal(roles.Where(r => StaffRoles.Find(r) is not null), form.QuerySelectorAll("input[name='Input.Role'][checked]").Select(b => b.GetAttribute("value")!));
        Assert.Null(page.QuerySelector("#setup-link"));
        Assert.Equal([AdminEmail], page.QuerySelectorAll(".account-card h2").Select(h => h.TextContent));
        Assert.DoesNotContain(await StaffTestData.AuditAsync(site), a => a.Action is AuditActions.AccountAdd or AuditActions.SetupLinkIssued);
    }

    [Fact]
    public async Task A_link_past_its_lifetime_gets_the_kind_page_and_sets_no_password()
    {
        await using var site = new StaffSiteFactory();
        site.Settings["Staff:SetupLink:LifetimeHours"] = "24";
        using var admin = await AdminAsync(site);
        var link = await AddAndReadLinkAsync(admin, NewEmail, StaffRoles.Inbox);
        using var person = new StaffBrowser(site);
        var form = (await person.GetDocumentAsync(link)).QuerySelector("main form[method=post]")!;

        site.Time.Advance(TimeSpan.FromHours(24));
        var fields = HiddenFields(form);
        fields.AddRange([new("newPassword", ChosenPassword), new("confirmPassword", ChosenPassword)]);
        using var posted = await person.PostAsync(form.GetAttribute("action")!, fields);
        using var opened = await person.GetAsync(link);

        await AssertUnusableAsync(posted);
        await AssertUnusableAsync(opened);
        Assert.False(await HasPasswordAsync(site, NewEmail));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(site, NewEmail, ChosenPassword));
    }

    [Fact]
    public async Task A_link_still_in_its_lifetime_works_after_most_of_it_has_passed()
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var link = await AddAndReadLinkAsync(admin, NewEmail, StaffRoles.Inbox);

        site.Time.Advance(TimeSpan.FromHours(71));
        using var set = await SetPasswordAsync(site, link, ChosenPassword);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.True(await HasPasswordAsync(site, NewEmail));
    }

    [Theory]
    [InlineData("token")]
    [InlineData("account")]
    [InlineData("missing")]
    public async Task An_altered_link_or_one_for_an_unknown_account_gets_the_same_kind_page_and_sets_no_password(string altered)
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var link = await AddAndReadLinkAsync(admin, NewEmail, StaffRoles.Inbox);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), link).Query);
        var token = query["token"]!;
        var bad = altered switch
        {
            // One character of the token changed, as a link mangled by a mail program or a guess would be.
            "token" => $"/staff/setup?account={query["account"]}&token={Uri.EscapeDataString((token[5] == 'A' ? "B" : "A") is var c ? token[..5] + c + token[6..] : token)}",
            "account" => $"/staff/setup?account={Guid.NewGuid()}&token={Uri.EscapeDataString(token)}",
            _ => "/staff/setup",
        };
        using var person = new StaffBrowser(site);
        var token0 = StaffBrowser.Token(await person.GetDocumentAsync("/staff/login"));

        using var opened = await person.GetAsync(bad);
        using var posted = await person.PostAsync("/staff/setup", [
            new(StaffBrowser.AntiforgeryField, token0),
            new("account", altered == "account" ? Guid.NewGuid().ToString() : query["account"]!),
            new("token", altered == "missing" ? string.Empty : new Uri(new Uri("http://localhost"), bad).Query.Split("token=").Last() is var t ? Uri.UnescapeDataString(t) : string.Empty),
            new("newPassword", ChosenPassword),
            new("confirmPassword", ChosenPassword)]);

        await AssertUnusableAsync(opened);
        await AssertUnusableAsync(posted);
        Assert.False(await HasPasswordAsync(site, NewEmail));
        // The real link still works: a bad try spends nothing.
        using var set = await SetPasswordAsync(site, link, ChosenPassword);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
    }

    [Fact]
    public async Task The_set_up_page_asks_for_the_password_twice_with_the_account_pages_rules_and_messages()
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var link = await AddAndReadLinkAsync(admin, NewEmail, StaffRoles.Inbox);

        using var common = await SetPasswordAsync(site, link, "password1234");
        using var different = await SetPasswordAsync(site, link, ChosenPassword, ChosenPassword + "x");

        Assert.Equal(HttpStatusCode.OK, common.StatusCode);
        var commonPage = await HtmlHelpers.ParseAsync(common);
        Assert.Contains("too common or too easy to guess", commonPage.QuerySelector("#newPassword-error")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull(commonPage.QuerySelector("#error-summary a[href='#newPassword']"));
        var differentPage = await HtmlHelpers.ParseAsync(different);
        Assert.Contains("The two new passwords are not the same", differentPage.QuerySelector("#confirmPassword-error")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.False(await HasPasswordAsync(site, NewEmail));
        // Refused tries spend nothing: the link still sets a good password.
        using var set = await SetPasswordAsync(site, link, ChosenPassword);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
    }

    [Fact]
    public async Task The_set_up_page_is_never_cached_sends_no_referrer_and_posts_the_token_in_the_body_not_the_url()
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var link = await AddAndReadLinkAsync(admin, NewEmail, StaffRoles.Inbox);
        using var person = new StaffBrowser(site);

        using var opened = await person.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-store", opened.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", string.Join(",", opened.Headers.GetValues("Referrer-Policy")));
        var form = (await HtmlHelpers.ParseAsync(opened)).QuerySelector("main form[method=post]")!;
        Assert.Equal("/staff/setup", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector($"input[name={StaffBrowser.AntiforgeryField}]"));
        Assert.Contains(NewEmail, form.QuerySelector("input[autocomplete=username]")!.GetAttribute("value"), StringComparison.Ordinal);
        foreach (var input in form.QuerySelectorAll("input[type=password]"))
        {
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [Fact]
    public async Task A_new_link_for_an_existing_account_ends_its_old_password_its_sessions_and_its_earlier_link()
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var firstLink = await AddAndReadLinkAsync(admin, NewEmail, StaffRoles.Inbox);
        using (var set = await SetPasswordAsync(site, firstLink, ChosenPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        using var person = new StaffBrowser(site);
        using (var signIn = await person.SignInAsync(NewEmail, ChosenPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var issued = await IssueLinkAsync(admin, NewEmail);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var page = await HtmlHelpers.ParseAsync(issued);
        Assert.Contains("no longer work", page.QuerySelector(".setup-link")!.TextContent, StringComparison.Ordinal);
        var secondLink = LinkOn(page);
        var unusedLink = LinkOn(await HtmlHelpers.ParseAsync(await IssueLinkAsync(admin, NewEmail)));

        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(site, NewEmail, ChosenPassword));
        // The stamp is checked once the clock has moved past the cookie's issue time (as it always has, off the fake clock).
        site.Time.Advance(TimeSpan.FromSeconds(1));
        using (var session = await person.GetAsync("/staff/inquiries"))
        {
            Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        }

        using (var anon = new StaffBrowser(site))
        {
            using var earlier = await anon.GetAsync(secondLink);
            await AssertUnusableAsync(earlier);
        }

        const string NewPassword = "lantern meadow quartz bicycle 9";
        using (var set = await SetPasswordAsync(site, unusedLink, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(site, NewEmail, NewPassword));
        Assert.Equal(3, (await StaffTestData.AuditAsync(site)).Count(a => a.Action == AuditActions.SetupLinkIssued && a.Actor == AdminEmail && a.Detail == NewEmail));
    }

    [Fact]
    public async Task An_admin_gets_no_link_button_for_their_own_account_and_a_forged_post_for_it_is_refused()
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var accounts = await admin.GetDocumentAsync("/staff/accounts");
        var own = accounts.QuerySelectorAll(".account-card").Single(c => c.QuerySelector("h2")?.TextContent == AdminEmail);
        Assert.Null(own.QuerySelector("form.setup-link-form"));

        using var refused = await admin.PostAsync("/staff/accounts?handler=Link", [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(accounts)),
            new("accountId", own.QuerySelector("input[name=accountId]")!.GetAttribute("value")!)]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlHelpers.ParseAsync(refused);
        Assert.Equal("No set-up link was issued", page.QuerySelector("#error-summary h2")?.TextContent);
        Assert.Contains("change your password on Your account", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#setup-link"));
        Assert.True(await HasPasswordAsync(site, AdminEmail));
        Assert.DoesNotContain(await StaffTestData.AuditAsync(site), a => a.Action == AuditActions.SetupLinkIssued);
    }

    [Theory]
    [InlineData(StaffRoles.Inbox, "Add")]
    [InlineData(StaffRoles.Editor, "Add")]
    [InlineData(StaffRoles.Inbox, "Link")]
    [InlineData(StaffRoles.Editor, "Link")]
    public async Task An_account_without_admin_posting_the_add_or_link_form_gets_403_audited_and_nothing_happens(string role, string handler)
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var email = $"{role}@clinic.example";
        var target = await StaffTestData.CreateStaffWithRolesAsync(site, email, role);
        using var refusedPerson = new StaffBrowser(site);
        using (var signIn = await refusedPerson.SignInAsync(email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var antiforgery = StaffBrowser.Token(await refusedPerson.GetDocumentAsync("/staff/account"));
        using var refused = await refusedPerson.PostAsync($"/staff/accounts?handler={handler}", handler == "Add"
            ? [new(StaffBrowser.AntiforgeryField, antiforgery), new("Input.Email", NewEmail), new("Input.Role", StaffRoles.Admin)]
            : [new(StaffBrowser.AntiforgeryField, antiforgery), new("accountId", target.Id)]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("You don't have access to this page", (await HtmlHelpers.ParseAsync(refused)).QuerySelector("h1")?.TextContent);
        Assert.Single(await StaffTestData.AuditAsync(site), a => a.Action == AuditActions.AccessDenied && a.Actor == email && a.Detail == "/staff/accounts");
        Assert.DoesNotContain(await StaffTestData.AuditAsync(site), a => a.Action is AuditActions.AccountAdd or AuditActions.SetupLinkIssued);
        using var scope = site.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(NewEmail));
        Assert.True(await HasPasswordAsync(site, email));
    }

    [Fact]
    public async Task The_add_and_link_forms_refuse_a_post_without_the_antiforgery_token()
    {
        await using var site = new StaffSiteFactory();
        using var admin = await AdminAsync(site);
        var target = await StaffTestData.CreateStaffWithRolesAsync(site, "colleague@clinic.example", StaffRoles.Inbox);

        using var add = await admin.PostAsync("/staff/accounts?handler=Add", [new("Input.Email", NewEmail), new("Input.Role", StaffRoles.Admin)]);
        using var link = await admin.PostAsync("/staff/accounts?handler=Link", [new("accountId", target.Id)]);

        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, link.StatusCode);
        Assert.True(await HasPasswordAsync(site, "colleague@clinic.example"));
        Assert.DoesNotContain(await StaffTestData.AuditAsync(site), a => a.Action is AuditActions.AccountAdd or AuditActions.SetupLinkIssued);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("721")]
    public async Task A_set_up_link_lifetime_out_of_range_stops_start_up_naming_the_setting(string hours)
    {
        await using var site = new StaffSiteFactory();
        site.Settings["Staff:SetupLink:LifetimeHours"] = hours;

        var error = Assert.ThrowsAny<OptionsValidationException>(() => site.CreateClient());

        Assert.Contains("LifetimeHours", error.Message, StringComparison.Ordinal);
    }
}
