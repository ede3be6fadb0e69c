using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Notifications;

namespace AttachmentGuide.Web.Tests.Notifications;

public sealed class ReplyDueCalculatorTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly ReplyWindow TwoDays = new(2, ReplyUnit.WorkingDays);

    [Theory]
    // Monday 10:00 → Wednesday 10:00 (London time in December is UTC).
    [InlineData("2026-12-07T10:00", "2026-12-09T10:00")]
    // Friday 16:00: one hour on Friday, Monday, then seven hours on Tuesday.
    [InlineData("2026-12-04T16:00", "2026-12-08T16:00")]
    // Saturday: counting starts Monday 09:00 and ends Tuesday 17:00.
    [InlineData("2026-12-05T11:00", "2026-12-08T17:00")]
    // Monday 20:00, after hours: Tuesday and Wednesday.
    [InlineData("2026-12-07T20:00", "2026-12-09T17:00")]
    // Monday 07:00, before hours: Monday and Tuesday.
    [InlineData("2026-12-07T07:00", "2026-12-08T17:00")]
    public void Two_working_days_skip_nights_and_weekends(string receivedLocal, string dueLocal)
    {
        Assert.Equal(Local(dueLocal), Due(Local(receivedLocal), TwoDays, []));
    }

    [Fact]
    public void Closed_dates_are_skipped_like_weekends()
    {
        // Thursday 24 December 10:00: seven hours that day; the 25th (Friday) and the 28th (Monday) are closed; Tuesday; one hour on Wednesday.
        var due = Due(Local("2026-12-24T10:00"), TwoDays, [new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)]);

        Assert.Equal(Local("2026-12-30T10:00"), due);
    }

    [Fact]
    public void Working_hours_count_only_the_hours_of_working_days()
    {
        Assert.Equal(Local("2026-12-07T15:00"), Due(Local("2026-12-07T10:00"), new ReplyWindow(5, ReplyUnit.WorkingHours), []));
        Assert.Equal(Local("2026-12-08T10:00"), Due(Local("2026-12-07T10:00"), new ReplyWindow(8, ReplyUnit.WorkingHours), []));
        Assert.Equal(Local("2026-12-09T10:00"), Due(Local("2026-12-07T10:00"), new ReplyWindow(16, ReplyUnit.WorkingHours), []));
    }

    [Fact]
    public void The_clinic_time_zone_decides_the_working_hours()
    {
        // 08:30 UTC on a summer Monday is 09:30 in London: one working hour later is 10:30 London, 09:30 UTC.
        var received = new DateTime(2026, 7, 13, 8, 30, 0, DateTimeKind.Utc);

        var due = ReplyDueCalculator.DueUtc(received, new ReplyWindow(1, ReplyUnit.WorkingHours), London, []);

        Assert.Equal(new DateTime(2026, 7, 13, 9, 30, 0, DateTimeKind.Utc), due);
    }

    private static DateTime Due(DateTime receivedLocal, ReplyWindow window, DateOnly[] closed) =>
        TimeZoneInfo.ConvertTimeFromUtc(ReplyDueCalculator.DueUtc(TimeZoneInfo.ConvertTimeToUtc(receivedLocal, London), window, London, closed), London);

    private static DateTime Local(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
