namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// One email to staff waiting to be sent, or the record of how it went. Written in the same transaction as the
/// inquiry it is about, so a stored inquiry always has its alert. Holds no personal data: the message is composed
/// at send time from the inquiry's reference and received time only.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Also the message's <c>Message-Id</c>, so a copy sent twice is recognisable as the same one.</summary>
    public Guid Id { get; set; }

    public OutboxKind Kind { get; set; }

    /// <summary>The inquiry it is about; the row goes when the inquiry is erased.</summary>
    public Guid? InquiryId { get; set; }

    /// <summary>The inquiry's reference, kept for the staff list of deliveries.</summary>
    public required string Reference { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC. The earliest time of the next try; a sender that claims the row moves it on, so no other sender takes it meanwhile.</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>UTC, of the last try.</summary>
    public DateTime? LastAttemptAt { get; set; }

    /// <summary>The mail server's last answer (or why no connection was made), for staff.</summary>
    public string? LastResponse { get; set; }

    /// <summary>UTC, when the server accepted it.</summary>
    public DateTime? SentAt { get; set; }
}

public enum OutboxKind
{
    /// <summary>A new contact request arrived.</summary>
    NewInquiry,

    /// <summary>A request is still New at its reply-due time.</summary>
    ReplyDue,
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,

    /// <summary>A reminder no longer needed: the request was answered (or erased) before it was due.</summary>
    Skipped,
}
