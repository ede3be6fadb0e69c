using System.Collections.Concurrent;
using System.Net;
using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Infrastructure;
using MimeKit;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary>Alerts from a real contact form post to a real SMTP server on loopback.</summary>
public sealed class AlertDeliveryTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_submission_is_delivered_once_with_the_expected_headers()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        using var factory = new AlertSiteFactory(smtp);
        using var client = factory.CreatePlainClient();

        var (reference, inquiryId) = await SubmitAsync(factory, client);

        var received = Assert.Single(await smtp.WaitForMessagesAsync(1, Soon));
        var mail = Parse(received);
        var row = await factory.WaitForOutboxAsync(r => r.Kind == OutboxKind.NewInquiry && r.Status == OutboxStatus.Sent, Soon, "sent");
        Assert.Equal(AlertSettings.From, Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal([AlertSettings.To], received.Recipients);
        Assert.Equal($"New contact request {reference}", mail.Subject);
        Assert.Equal($"{row.Id:N}@guide.example.org", mail.MessageId);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Contains($"{AlertSettings.BaseUrl}/staff/inquiries/{inquiryId}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{AlertSettings.BaseUrl}/staff/inquiries/{inquiryId}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("1 request is still New", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, row.Attempts);
        Assert.StartsWith("250", row.LastResponse, StringComparison.Ordinal);
        await WaitForAuditAsync(factory, "alert-sent", inquiryId);

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_is_retried_and_gets_the_alert_when_it_is_back()
    {
        await using var smtp = TestSmtpServer.Create();
        using var factory = new AlertSiteFactory(smtp);
        using var client = factory.CreatePlainClient();

        var (reference, _) = await SubmitAsync(factory, client);
        var failing = await factory.WaitForOutboxAsync(r => r.Attempts >= 2, Soon, "tried twice");
        Assert.Equal(OutboxStatus.Pending, failing.Status);
        Assert.Contains("No answer", failing.LastResponse, StringComparison.Ordinal);
        await smtp.StartAsync();

        var mail = Parse(Assert.Single(await smtp.WaitForMessagesAsync(1, Soon)));
        Assert.Equal($"New contact request {reference}", mail.Subject);
        var sent = await factory.WaitForOutboxAsync(r => r.Status == OutboxStatus.Sent, Soon, "sent");
        Assert.True(sent.Attempts >= 3, $"sent after {sent.Attempts} tries");
    }

    [Fact]
    public async Task A_permanent_refusal_fails_after_the_last_try_and_is_audited()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Refusal = new SmtpServer.Protocol.SmtpResponse(SmtpServer.Protocol.SmtpReplyCode.TransactionFailed, "5.7.1 Relaying denied");
        using var factory = new AlertSiteFactory(smtp, ("Notifications:MaxAttempts", "3"));
        using var client = factory.CreatePlainClient();

        var (_, inquiryId) = await SubmitAsync(factory, client);

        var failed = await factory.WaitForOutboxAsync(r => r.Status == OutboxStatus.Failed, Soon, "failed");
        Assert.Equal(3, failed.Attempts);
        Assert.Equal(3, smtp.DataAttempts);
        Assert.Equal("554 5.7.1 Relaying denied", failed.LastResponse);
        Assert.Empty(smtp.Messages);
        await WaitForAuditAsync(factory, "alert-failed", inquiryId);
    }

    [Fact]
    public async Task A_server_that_wants_a_sign_in_the_site_was_not_given_fails_the_alert_saying_so()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync(requiredLogin: new SmtpLogin("clinic-alerts", "not-configured-here"));
        using var factory = new AlertSiteFactory(smtp, ("Notifications:MaxAttempts", "2"));
        using var client = factory.CreatePlainClient();

        var (_, inquiryId) = await SubmitAsync(factory, client);

        var failed = await factory.WaitForOutboxAsync(r => r.Status == OutboxStatus.Failed, Soon, "failed");
        Assert.Equal(2, failed.Attempts);
        Assert.Contains("wants a sign-in", failed.LastResponse, StringComparison.Ordinal);
        Assert.Contains("Notifications:Smtp:UserName", failed.LastResponse, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);
        await WaitForAuditAsync(factory, "alert-failed", inquiryId);
    }

    [Fact]
    public async Task Fifty_concurrent_submissions_make_fifty_messages_and_no_duplicates()
    {
        const int count = 50;
        await using var smtp = await TestSmtpServer.StartNewAsync();
        using var factory = new AlertSiteFactory(smtp);
        var references = new ConcurrentBag<string>();
        // The factory starts its host on the first client; fifty first clients at once would start several hosts on one data folder.
        factory.CreatePlainClient().Dispose();

        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            using var client = factory.CreatePlainClient();
            references.Add((await SubmitAsync(factory, client, $"Person {i}")).Reference);
        }, TestContext.Current.CancellationToken)));

        var messages = await smtp.WaitForMessagesAsync(count, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        messages = smtp.Messages;
        Assert.Equal(count, messages.Count);
        var parsed = messages.Select(Parse).ToList();
        Assert.Equal(count, parsed.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(
            references.Select(r => $"New contact request {r}").Order(StringComparer.Ordinal),
            parsed.Select(m => m.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task No_personal_value_that_was_posted_appears_in_any_message()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        using var factory = new AlertSiteFactory(smtp);
        var values = new ContactValues(
            Name: "Quillon Verasmith",
            Email: "quillon.verasmith@zebra-mail.example",
            Phone: "07700 913 462",
            PreferredContact: "phone",
            Voicemail: false,
            SayClinicName: false,
            ContactTime: "Thursdays after the school run",
            Message: "Marigold-harbour nightmare about my stepfather",
            About: StaffTestData.Article);

        var submitted = await StaffTestData.SubmitContactFormAsync(factory, values);
        await smtp.WaitForMessagesAsync(1, Soon);
        await factory.WaitForOutboxAsync(r => r.Status == OutboxStatus.Sent, Soon, "sent");

        string[] secrets =
        [
            "Quillon", "Verasmith", "quillon.verasmith", "zebra-mail", "07700", "913 462", "913462", "Thursdays", "school run",
            "Marigold", "stepfather", StaffTestData.Article, "what causes", "voicemail", "phone",
        ];
        foreach (var message in smtp.Messages)
        {
            var mail = Parse(message);
            var everything = string.Join('\n', message.Text, mail.Subject, mail.TextBody, mail.HtmlBody, string.Join('\n', mail.Headers.Select(h => h.Value)));
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains(submitted.Reference, mail.Subject, StringComparison.Ordinal);
        }
    }

    private static async Task<(string Reference, Guid Id)> SubmitAsync(ContactSiteFactory factory, HttpClient client, string name = "Zoë")
    {
        var form = (await LoadAsync(client)).FillValid(name);
        using var response = await form.PostAsync();
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var row = factory.InquiryFor(form.SubmissionToken);
        Assert.NotNull(row);
        return (row.Reference, row.Id);
    }

    // The audit entry follows the mark on the outbox row, so it is waited for rather than read at once.
    private static async Task WaitForAuditAsync(ContactSiteFactory factory, string action, Guid inquiryId)
    {
        var deadline = DateTime.UtcNow + Soon;
        while (!(await StaffTestData.AuditAsync(factory)).Any(a => a.Action == action && a.InquiryId == inquiryId))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {action} audit entry for inquiry {inquiryId}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static MimeMessage Parse(ReceivedMessage message)
    {
        using var stream = new MemoryStream(message.Raw);
        return MimeMessage.Load(stream);
    }
}
