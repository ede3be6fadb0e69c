namespace AttachmentGuide.Web.Inquiries;

/// <summary>Everything about one inquiry, decrypted, for the detail page and the export.</summary>
public sealed record InquiryDetails(
    Guid Id,
    string Reference,
    DateTime ReceivedAt,
    InquiryContent Content,
    InquiryStatus Status,
    string? InternalNote,
    int Version);
