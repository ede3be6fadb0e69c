namespace AttachmentGuide.Web.Inquiries;

/// <summary>One line of the staff inbox, decrypted.</summary>
public sealed record InquirySummary(Guid Id, string Reference, DateTime ReceivedAt, string Name, string? SourceSlug, InquiryStatus Status);
