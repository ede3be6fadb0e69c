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

    [Fact]
    public async Task A_closed_date_in_site_yml_moves_the_reminder_a_working_day_later()
    {
        // Monday 20 July closed: Friday 7 h, Tuesday 8 h, Wednesday 1 h.
        using var content = new ClosedDatesContent("2026-07-20");
        await using var smtp = await TestSmtpServer.StartNewAsync();
        using var factory = new StaffSiteFactory();
        foreach (var (key, value) in AlertSettings.For(smtp.Port))
        {
            factory.Settings[key] = value;
        }

        factory.Settings["Content:Path"] = content.Folder;
        factory.Time.SetUtcNow(FridayMorning);
        var waiting = await StaffTestData.SaveAsync(factory, "Waiting Past A Closed Day");
        await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20));
        var wednesdayDue = new DateTime(2026, 7, 22, 9, 0, 0, DateTimeKind.Utc);
        Assert.Equal(wednesdayDue, await ReplyDueAsync(factory, waiting.Id));

        // Tuesday is when the reminder would fall without the closed day.
        factory.Time.SetUtcNow(TuesdayDue.AddMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Single(smtp.Messages);

        factory.Time.SetUtcNow(new DateTimeOffset(wednesdayDue).AddMinutes(1));
        var messages = await smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(20));
        Assert.Equal($"Reply due: contact request {waiting.Reference}", Subject(messages[1]));
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

/// <summary>A copy of the shipped content whose site.yml lists <c>closed_dates</c> of the test's own.</summary>
internal sealed class ClosedDatesContent : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ag-closed-dates-");

    public ClosedDatesContent(params string[] closedDates)
    {
        var articles = _folder.CreateSubdirectory("articles");
        foreach (var article in Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md"))
        {
            File.Copy(article, Path.Combine(articles.FullName, Path.GetFileName(article)));
        }

        var lines = File.ReadAllLines(Path.Combine(TestPaths.RealContent, "site.yml")).ToList();
        var start = lines.FindIndex(l => l.StartsWith("closed_dates:", StringComparison.Ordinal));
        Assert.True(start >= 0, "The shipped site.yml has no closed_dates");
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("  - ", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, ["closed_dates:", .. closedDates.Select(d => "  - " + d)]);
        File.WriteAllLines(Path.Combine(_folder.FullName, "site.yml"), lines);
    }

    public string Folder => _folder.FullName;

    public void Dispose() => _folder.Delete(recursive: true);
}
