namespace AttachmentGuide.Web.Inquiries;

/// <summary>One line of the staff inbox, decrypted.</summary>
public sealed record InquirySummary(Guid Id, string Reference, DateTime ReceivedAt, string Name, string? SourceSlug, InquiryStatus Status, DateTime? ReplyDueAt = null)
{
    /// <summary>Still New after its reply-due time.</summary>
    public bool IsOverdue(DateTime nowUtc) => Status == InquiryStatus.New && ReplyDueAt < nowUtc;
}
