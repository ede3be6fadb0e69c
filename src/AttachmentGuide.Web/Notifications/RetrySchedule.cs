namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// How long to wait after a failed try: the first delay doubled for each earlier failure, up to the maximum,
/// then spread by ±20 % so that many messages failing together do not all retry in the same second.
/// </summary>
public static class RetrySchedule
{
    /// <param name="failedAttempts">Tries made so far, at least 1.</param>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan DelayAfter(int failedAttempts, TimeSpan first, TimeSpan max, double random)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var ticks = Math.Min(max.Ticks, first.Ticks * Math.Pow(2, exponent));
        var jitter = 0.8 + (0.4 * random);
        return TimeSpan.FromTicks((long)Math.Min(max.Ticks, ticks * jitter));
    }
}
