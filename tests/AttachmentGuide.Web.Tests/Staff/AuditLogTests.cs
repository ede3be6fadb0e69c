using System.Net;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary>
/// One staff session through the whole inbox: every action lands in the audit table with who and which inquiry,
/// and neither the audit table nor any log event carries what the person wrote or who they are.
/// </summary>
public sealed class AuditLogTests
{
    private const string StaffEmail = "auditor@clinic.example";

    private static readonly ContactValues Person = new(
        "Marguerite Audit-Trail",
        "marguerite.private@example.com",
        Phone: "07700 900461",
        ContactTime: "Thursday lunchtimes",
        Message: "I would like to talk about my sister, quietly please");

    private sealed record Session(StaffSiteFactory Site, SubmittedInquiry Inquiry);

    private static async Task<Session> RunWholeSessionAsync(StaffSiteFactory site)
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, Person);
        await StaffTestData.CreateStaffAsync(site, StaffEmail);
        using var staff = new StaffBrowser(site);

        using (var failed = await staff.SignInAsync(StaffEmail, "definitely the wrong password"))
        {
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        await staff.SignInOrFailAsync(StaffEmail);
        await staff.GetDocumentAsync("/staff/inquiries");
        var details = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");
        using (var update = await staff.PostFormAsync(details, "Update", ("status", "Contacted"), ("note", "Left a voicemail")))
        {
            Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        }

        using (var export = await staff.GetAsync("/staff/inquiries/export"))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        }

        details = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");
        using (var delete = await staff.PostFormAsync(details, "Delete", ("confirm", "yes")))
        {
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        }

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");
        using (var signOut = await staff.PostAsync("/staff/logout", [new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(inbox))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        return new Session(site, inquiry);
    }

    private static string[] Secrets => [Person.Name, Person.Email!, Person.Message!, Person.Phone!, Person.ContactTime!, "Marguerite", "marguerite.private", "my sister"];

    [Fact]
    public async Task Every_staff_action_is_audited_with_the_staff_email_and_the_inquiry_id()
    {
        await using var site = new StaffSiteFactory();
        var session = await RunWholeSessionAsync(site);
        var id = session.Inquiry.Id;

        var audit = (await StaffTestData.AuditAsync(site)).Select(a => (a.Actor, a.Action, a.InquiryId)).ToList();

        Assert.Contains((StaffEmail, AuditActions.SignInFailed, (Guid?)null), audit);
        Assert.Contains((StaffEmail, AuditActions.SignIn, (Guid?)null), audit);
        Assert.Contains((StaffEmail, AuditActions.View, (Guid?)id), audit);
        Assert.Contains((StaffEmail, AuditActions.StatusChange, (Guid?)id), audit);
        Assert.Contains((StaffEmail, AuditActions.Export, (Guid?)null), audit);
        Assert.Contains((StaffEmail, AuditActions.Delete, (Guid?)id), audit);
        Assert.Contains((StaffEmail, AuditActions.SignOut, (Guid?)null), audit);
        Assert.True(
            audit.FindIndex(a => a.Action == AuditActions.SignInFailed) < audit.FindIndex(a => a.Action == AuditActions.SignIn)
            && audit.FindIndex(a => a.Action == AuditActions.StatusChange) < audit.FindIndex(a => a.Action == AuditActions.Delete),
            "The audit entries are out of order: " + string.Join(", ", audit.Select(a => a.Action)));
    }

    [Fact]
    public async Task Audit_entries_are_stamped_with_the_sites_clock()
    {
        await using var site = new StaffSiteFactory();
        site.Time.Advance(TimeSpan.FromHours(2));
        await StaffTestData.CreateStaffAsync(site, StaffEmail);
        using var staff = new StaffBrowser(site);

        await staff.SignInOrFailAsync(StaffEmail);

        var entry = Assert.Single(await StaffTestData.AuditAsync(site));
        Assert.Equal(StaffSiteFactory.Start.UtcDateTime.AddHours(2), entry.At);
    }

    [Fact]
    public async Task Neither_the_audit_table_nor_any_log_event_contains_the_persons_name_email_or_message()
    {
        await using var site = new StaffSiteFactory();
        var session = await RunWholeSessionAsync(site);

        var audit = await StaffTestData.AuditAsync(site);
        var events = site.Logs.Events;

        Assert.NotEmpty(audit);
        // The sink saw the session: the audit events, with the inquiry id, are there.
        Assert.Contains(events, e => Render(e).Contains(session.Inquiry.Id.ToString(), StringComparison.Ordinal)
            && Render(e).Contains(AuditActions.StatusChange, StringComparison.Ordinal));
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(audit, a => $"{a.Actor} {a.Action} {a.InquiryId}".Contains(secret, StringComparison.OrdinalIgnoreCase));
            var leaking = events.Select(Render).FirstOrDefault(text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leaking is null, $"A log event contains \"{secret}\":\n{leaking}");
        }
    }

    private static string Render(Serilog.Events.LogEvent logEvent) => LogCapture.Render(logEvent);
}
