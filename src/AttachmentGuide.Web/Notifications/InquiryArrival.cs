using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Inquiries;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// What a new inquiry sets in motion, added to the store's own unit of work so that it is committed with the
/// inquiry or not at all: its reply-due time, its alert, and the reminder at the due time.
/// </summary>
public sealed class InquiryArrival(IOptions<NotificationOptions> options, ReplyDueClock replyDue, OutboxSignal signal)
{
    /// <summary>Before the store saves <paramref name="inquiry"/>: sets its due time and queues its messages in <paramref name="db"/>.</summary>
    public void Prepare(SiteDbContext db, Inquiry inquiry)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inquiry);
        inquiry.ReplyDueAt = replyDue.DueFor(inquiry.ReceivedAt);
        if (!options.Value.Enabled)
        {
            return;
        }

        db.Outbox.Add(Message(inquiry, OutboxKind.NewInquiry, inquiry.ReceivedAt));
        if (inquiry.ReplyDueAt is { } due)
        {
            db.Outbox.Add(Message(inquiry, OutboxKind.ReplyDue, due));
        }
    }

    /// <summary>After the commit: the sender sends at once instead of at its next poll.</summary>
    public void Committed()
    {
        if (options.Value.Enabled)
        {
            signal.Wake();
        }
    }

    private static OutboxMessage Message(Inquiry inquiry, OutboxKind kind, DateTime dueUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        InquiryId = inquiry.Id,
        Reference = inquiry.Reference,
        CreatedAt = inquiry.ReceivedAt,
        NextAttemptAt = dueUtc,
    };
}
