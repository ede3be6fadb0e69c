namespace AttachmentGuide.Web.Inquiries;

/// <summary>A validated, cleaned contact request ready to be stored.</summary>
public sealed record NewInquiry(
    Guid SubmissionToken,
    string Name,
    string? Email,
    string? Phone,
    ContactMethod PreferredContact,
    bool VoicemailAllowed,
    bool ClinicNameAllowed,
    string? ContactTime,
    string? Message,
    string? SourceSlug);
