namespace AttachmentGuide.Web.Inquiries;

/// <summary>The result of storing an inquiry: its id and reference, and whether this call created it.</summary>
public sealed record StoredInquiry(Guid Id, string Reference, bool Created);
