using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary>The reminder at the reply-due time (site.yml: 2 working days), on a clock the test moves.</summary>
public sealed class ReplyReminderTests
{
    // Friday 17 July 2026, 10:00 in London. Two working days: 7 h on Friday, 8 h on Monday, 1 h on Tuesday.
    private static readonly DateTimeOffset FridayMorning = new(2026, 7, 17, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayDue = new(2026, 7, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_request_still_new_at_its_due_time_gets_one_reminder_and_an_answered_one_gets_none()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        using var factory = new StaffSiteFactory();
        foreach (var (key, value) in AlertSettings.For(smtp.Port))
        {
            factory.Settings[key] = value;
        }

        factory.Time.SetUtcNow(FridayMorning);
        var waiting = await StaffTestData.SaveAsync(factory, "Still Waiting");
        var answered = await StaffTestData.SaveAsync(factory, "Already Answered");
        await smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(20));
        Assert.Equal(TuesdayDue.UtcDateTime, (await ReplyDueAsync(factory, waiting.Id)));
        await StaffTestData.SetStatusAsync(factory, answered.Id, InquiryStatus.Contacted);

        // Monday evening is past two calendar days but not two working days: no reminder yet.
        factory.Time.SetUtcNow(new DateTimeOffset(2026, 7, 20, 18, 0, 0, TimeSpan.Zero));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Equal(2, smtp.Messages.Count);

        factory.Time.SetUtcNow(TuesdayDue.AddMinutes(1));
        var messages = await smtp.WaitForMessagesAsync(3, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        messages = smtp.Messages;
        Assert.Equal(3, messages.Count);
        Assert.Equal($"Reply due: contact request {waiting.Reference}", Subject(messages[2]));
        var rows = await OutboxAsync(factory);
        // Both reminders fall due together; the answered one may be looked at just after the other is sent.
        for (var wait = 0; wait < 200 && rows.Any(r => r.Kind == OutboxKind.ReplyDue && r.Status == OutboxStatus.Pending); wait++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            rows = await OutboxAsync(factory);
        }

        Assert.Equal(OutboxStatus.Skipped, rows.Single(r => r.InquiryId == answered.Id && r.Kind == OutboxKind.ReplyDue).Status);
        Assert.Equal(OutboxStatus.Sent, rows.Single(r => r.InquiryId == waiting.Id && r.Kind == OutboxKind.ReplyDue).Status);
    }

    private static async Task<DateTime?> ReplyDueAsync(StaffSiteFactory factory, Guid id)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        return await db.Inquiries.AsNoTracking().Where(i => i.Id == id).Select(i => i.ReplyDueAt).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(StaffSiteFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SiteDbContext>().Outbox.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    private static string Subject(ReceivedMessage message)
    {
        using var stream = new MemoryStream(message.Raw);
        return MimeMessage.Load(stream).Subject ?? string.Empty;
    }
}
