using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// When a reply is due: the promised working time counted forward from arrival, in the clinic's time zone, over
/// working hours only (09:00–17:00 on weekdays that are not closed dates). A working day is those 8 hours, so
/// "2 working days" from Monday 10:00 is Wednesday 10:00, and a request sent on Saturday starts on Monday 09:00.
/// </summary>
public static class ReplyDueCalculator
{
    public static readonly TimeOnly DayStarts = new(9, 0);
    public static readonly TimeOnly DayEnds = new(17, 0);

    private static readonly TimeSpan WorkingDay = DayEnds - DayStarts;

    public static DateTime DueUtc(DateTime receivedUtc, ReplyWindow window, TimeZoneInfo zone, IReadOnlyCollection<DateOnly> closedDates)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(closedDates);
        var closed = closedDates as IReadOnlySet<DateOnly> ?? closedDates.ToHashSet();
        var remaining = window.Unit == ReplyUnit.WorkingDays ? WorkingDay * window.Amount : TimeSpan.FromHours(window.Amount);
        var cursor = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(receivedUtc, DateTimeKind.Utc), zone);

        // Bounded: a list that closed every day for years would otherwise never end.
        for (var days = 0; days < 3660; days++)
        {
            var date = DateOnly.FromDateTime(cursor);
            var start = date.ToDateTime(DayStarts);
            var end = date.ToDateTime(DayEnds);
            if (IsWorkingDay(date, closed) && cursor < end)
            {
                if (cursor < start)
                {
                    cursor = start;
                }

                var available = end - cursor;
                if (remaining <= available)
                {
                    return ToUtc(cursor + remaining, zone);
                }

                remaining -= available;
            }

            cursor = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        return ToUtc(cursor, zone);
    }

    private static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> closed) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !closed.Contains(date);

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A clock change never falls in working hours in the clinic's zones; if one did, the hour after is used.
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
