using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Infrastructure;
using Serilog.Events;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary>
/// With alerts on and every level logged, what the sender writes about a send, a retry and a final failure, and what
/// <c>notify test</c> prints, holds neither the SMTP password nor anything the person typed: only outbox and inquiry ids.
/// </summary>
public sealed class AlertLoggingPrivacyTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(30);
    private static readonly SmtpLogin Login = new("clinic-alerts", "Orchid-Lantern-Secret-9931");

    private static readonly ContactValues Delivered = new(
        Name: "Thessaly Brackenhurst",
        Email: "thessaly.brackenhurst@quince-post.example",
        Phone: "07700 984 215",
        PreferredContact: "phone",
        ContactTime: "Wednesdays before the allotment",
        Message: "Periwinkle-lighthouse panic at night",
        About: StaffTestData.Article);

    private static readonly ContactValues Refused = new(
        Name: "Ormond Fairweather-Quist",
        Email: "ormond.fq@juniper-mail.example",
        Message: "Saffron-viaduct dread before visits");

    private static readonly string[] Distinctive =
    [
        Login.Password, "Orchid-Lantern",
        "Thessaly", "Brackenhurst", "quince-post", "984 215", "984215", "allotment", "Periwinkle", "lighthouse",
        "Ormond", "Fairweather", "juniper-mail", "Saffron", "viaduct",
    ];

    [Fact]
    public async Task No_log_event_of_a_send_a_retry_or_a_final_failure_holds_the_password_or_a_posted_value()
    {
        // Down at first: the first alert is retried, then delivered once the server is back.
        await using var smtp = TestSmtpServer.Create(requiredLogin: Login);
        using var factory = new AlertSiteFactory(
            smtp,
            ("Notifications:Smtp:UserName", Login.UserName),
            ("Notifications:Smtp:Password", Login.Password),
            ("Notifications:MaxAttempts", "6"),
            ("Serilog:MinimumLevel:Default", "Verbose"),
            ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information"),
            ("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information"),
            ("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Information"));

        var delivered = await StaffTestData.SubmitContactFormAsync(factory, Delivered);
        await factory.WaitForOutboxAsync(r => r.InquiryId == delivered.Id && r.Kind == OutboxKind.NewInquiry && r.Attempts >= 1, Soon, "tried while the server is down");
        await smtp.StartAsync();
        await factory.WaitForOutboxAsync(r => r.InquiryId == delivered.Id && r.Kind == OutboxKind.NewInquiry && r.Status == OutboxStatus.Sent, Soon, "sent");

        // Then refused on every try: failed after the last.
        smtp.Refusal = new SmtpServer.Protocol.SmtpResponse(SmtpServer.Protocol.SmtpReplyCode.TransactionFailed, "5.7.1 Relaying denied");
        var refused = await StaffTestData.SubmitContactFormAsync(factory, Refused);
        await factory.WaitForOutboxAsync(r => r.InquiryId == refused.Id && r.Kind == OutboxKind.NewInquiry && r.Status == OutboxStatus.Failed, Soon, "failed");

        var events = factory.Logs.Events;
        foreach (var logEvent in events)
        {
            var rendered = LogCapture.Render(logEvent);
            foreach (var value in Distinctive)
            {
                Assert.False(rendered.Contains(value, StringComparison.OrdinalIgnoreCase), $"A {logEvent.Level} log event contains '{value}':\n{rendered}");
            }
        }

        // The three outcomes were logged, by id: the search above looked at them.
        Assert.Contains(events, e => Says(e, "not accepted (try 1)", delivered.Id));
        Assert.Contains(events, e => Says(e, "accepted by the mail server", delivered.Id));
        Assert.Contains(events, e => Says(e, "failed after", refused.Id) && e.Level == LogEventLevel.Error);
    }

    [Fact]
    public async Task Notify_test_prints_neither_the_password_when_accepted_nor_when_the_sign_in_is_refused()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync(requiredLogin: Login);
        await using var other = await TestSmtpServer.StartNewAsync(requiredLogin: Login with { Password = "a-different-password" });

        var accepted = await CliRunner.RunAsync(Path.GetTempPath(), null, CliSettings(smtp.Port), "notify", "test");
        var refused = await CliRunner.RunAsync(Path.GetTempPath(), null, CliSettings(other.Port), "notify", "test");

        Assert.True(accepted.ExitCode == 0, accepted.StandardError);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("did not accept", refused.StandardError, StringComparison.Ordinal);
        foreach (var output in new[] { accepted.StandardOutput, accepted.StandardError, refused.StandardOutput, refused.StandardError })
        {
            Assert.DoesNotContain(Login.Password, output, StringComparison.Ordinal);
            Assert.DoesNotContain("Orchid-Lantern", output, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool Says(LogEvent logEvent, string words, Guid inquiryId) =>
        logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(words, StringComparison.Ordinal)
        && Guid.TryParse(LogCapture.Scalar(logEvent, "InquiryId")?.ToString(), out var id) && id == inquiryId;

    private static Dictionary<string, string> CliSettings(int port)
    {
        var settings = AlertSettings.For(port).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value, StringComparer.Ordinal);
        settings["Notifications__Smtp__UserName"] = Login.UserName;
        settings["Notifications__Smtp__Password"] = Login.Password;
        settings["Serilog__MinimumLevel__Default"] = "Verbose";
        return settings;
    }
}
