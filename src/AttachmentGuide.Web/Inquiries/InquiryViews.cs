namespace AttachmentGuide.Web.Inquiries;

/// <summary>One line of the staff inbox, decrypted.</summary>
public sealed record InquirySummary(Guid Id, string Reference, DateTime ReceivedAt, string Name, string? SourceSlug, InquiryStatus Status);

/// <summary>Everything about one inquiry, decrypted, for the detail page and the export.</summary>
public sealed record InquiryDetails(
    Guid Id,
    string Reference,
    DateTime ReceivedAt,
    string Name,
    string? Email,
    string? Phone,
    ContactMethod PreferredContact,
    bool VoicemailAllowed,
    bool ClinicNameAllowed,
    string? ContactTime,
    string? Message,
    string? SourceSlug,
    InquiryStatus Status,
    string? InternalNote,
    int Version);

/// <summary>What came of a staff change.</summary>
public enum InquiryUpdateResult
{
    Updated,
    NotFound,

    /// <summary>Someone else changed the inquiry after it was loaded; nothing was written.</summary>
    Conflict,
}

/// <summary>A page of the inbox.</summary>
public sealed record InquiryPage(IReadOnlyList<InquirySummary> Items, int TotalCount, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
