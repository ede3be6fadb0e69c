namespace AttachmentGuide.Web.Health;

/// <summary>When the alert sender last finished a pass over the outbox, for <see cref="AlertSenderCheck"/>.</summary>
public sealed class OutboxHeartbeat(TimeProvider time)
{
    private long _lastPassTicks;

    /// <summary>When the site started, or the last completed pass: a sender that never gets going counts from start.</summary>
    public DateTimeOffset LastPass => Interlocked.Read(ref _lastPassTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : Started;

    public DateTimeOffset Started { get; } = time.GetUtcNow();

    public void Beat() => Interlocked.Exchange(ref _lastPassTicks, time.GetUtcNow().UtcTicks);
}
