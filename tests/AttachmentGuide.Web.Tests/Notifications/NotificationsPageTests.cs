using AngleSharp.Dom;
using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary><c>/staff/notifications</c>: what happened to each alert, and "Send a test message".</summary>
public sealed class NotificationsPageTests
{
    private const string Email = "alerts.reader@clinic.example";

    [Fact]
    public async Task A_failed_alert_is_shown_with_its_reference_tries_and_the_servers_answer_and_a_test_message_can_be_sent()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Refusal = new SmtpServer.Protocol.SmtpResponse(SmtpServer.Protocol.SmtpReplyCode.MailboxUnavailable, "5.1.1 No such mailbox");
        using var site = new AlertSiteFactory(smtp, ("Notifications:MaxAttempts", "2"));
        var stored = await StaffTestData.SaveAsync(site, "Never In An Email");
        await site.WaitForOutboxAsync(r => r.Status == OutboxStatus.Failed, TimeSpan.FromSeconds(20), "failed");
        // The alerts page is a settings page: admin only (an admin also lands on the inbox after sign-in).
        await StaffTestData.CreateStaffWithRolesAsync(site, Email, AttachmentGuide.Web.Staff.StaffRoles.Admin);
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(Email);

        var page = await staff.GetDocumentAsync("/staff/notifications");

        var card = page.QuerySelectorAll("li.card").Single(c => c.QuerySelector(".reference")?.Text() == stored.Reference && Fact(c, "Kind") == "New request");
        Assert.Contains("Failed", card.Text(), StringComparison.Ordinal);
        Assert.Equal("2", Fact(card, "Tries"));
        Assert.Equal("550 5.1.1 No such mailbox", Fact(card, "Last answer"));
        Assert.DoesNotContain("Never In An Email", page.Body!.Text(), StringComparison.Ordinal);

        smtp.Refusal = null;
        using var response = await staff.PostFormAsync(page, "Test");
        var answered = await HtmlHelpers.ParseAsync(response);

        Assert.Contains("accepted by the mail server", answered.QuerySelector("[role=status]")!.Text(), StringComparison.Ordinal);
        var test = Assert.Single(smtp.Messages);
        Assert.Contains("Subject: Test message", test.Text, StringComparison.Ordinal);
        Assert.Contains(await StaffTestData.AuditAsync(site), a => a.Action == "notify-test" && a.Actor == Email);
    }

    private static string Fact(IElement card, string term) =>
        card.QuerySelectorAll("dt").Single(d => d.Text() == term).NextElementSibling!.Text();
}
