namespace AttachmentGuide.Web.Inquiries;

/// <summary>The resolved inquiry connection string, for code that opens a plain SQLite connection.</summary>
public sealed record InquiryConnectionString(string Value);
