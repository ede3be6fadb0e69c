namespace AttachmentGuide.Web.Data.Moving;

/// <summary>What a move copied: rows per table, key files, and how many inquiries the key ring could not read.</summary>
public sealed record StoreMoveSummary(IReadOnlyList<(string Table, int Rows)> Tables, int Keys, int UnreadableInquiries);
