using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>The inbox list: reply-due times, overdue requests first, the header's counts, and the alerts-off notice.</summary>
public sealed class InboxReplyDueTests
{
    private const string Email = "due.reader@clinic.example";

    [Fact]
    public async Task Overdue_requests_come_first_with_their_due_time_and_the_header_counts_them()
    {
        await using var site = new StaffSiteFactory();
        // Wednesday 15 July 10:30 in London: due Friday 17 July 10:30 (09:30 UTC).
        var old = await StaffTestData.SaveAsync(site, "Olwen Overdue");
        site.Time.SetUtcNow(new DateTimeOffset(2026, 7, 18, 12, 0, 0, TimeSpan.Zero));
        // Saturday: due Tuesday 21 July 17:00.
        var recent = await StaffTestData.SaveAsync(site, "Rhys Recent");
        await StaffTestData.CreateStaffAsync(site, Email);
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(Email);

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");

        var rows = inbox.QuerySelectorAll("table.inbox tbody tr").ToList();
        Assert.Equal([old.Reference, recent.Reference], rows.Select(r => r.QuerySelector(".reference")!.Text()));
        Assert.Equal("2026-07-17T09:30:00Z", Due(rows[0]).GetAttribute("datetime"));
        Assert.Equal("17 Jul 2026 10:30", Due(rows[0]).Text());
        Assert.Contains("Overdue", rows[0].QuerySelector("td.due")!.Text(), StringComparison.Ordinal);
        Assert.Equal("21 Jul 2026 17:00", Due(rows[1]).Text());
        Assert.DoesNotContain("Overdue", rows[1].QuerySelector("td.due")!.Text(), StringComparison.Ordinal);
        Assert.Contains("(2 new, 1 overdue)", inbox.QuerySelector("nav.staff-nav")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_mail_server_the_inbox_says_email_alerts_are_off_and_how_to_turn_them_on()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffAsync(site, Email);
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(Email);

        var notice = (await staff.GetDocumentAsync("/staff/inquiries")).QuerySelector(".alerts-off");

        Assert.NotNull(notice);
        Assert.Contains("Email alerts are off", notice.Text(), StringComparison.Ordinal);
        Assert.Contains("Notifications__Smtp__Host", notice.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_alerts_on_the_inbox_has_no_alerts_off_notice()
    {
        await using var smtp = TestSupport.Smtp.TestSmtpServer.Create();
        await using var site = new StaffSiteFactory();
        foreach (var (key, value) in AlertSettings.For(smtp.Port))
        {
            site.Settings[key] = value;
        }

        await StaffTestData.CreateStaffAsync(site, Email);
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(Email);

        Assert.Null((await staff.GetDocumentAsync("/staff/inquiries")).QuerySelector(".alerts-off"));
    }

    private static IElement Due(IElement row) => row.QuerySelector("td.due time")!;
}
