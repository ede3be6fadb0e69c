namespace AttachmentGuide.Web.Inquiries;

/// <summary>
/// What the person sent through the contact form, cleaned and validated. The one list of those fields:
/// the stored inquiry, the new one and the staff view all carry it whole, so a new field is one edit here
/// (plus its column in <c>InquiryConfiguration</c> and a migration).
/// </summary>
public sealed record InquiryContent(
    string Name,
    string? Email,
    string? Phone,
    ContactMethod PreferredContact,
    bool VoicemailAllowed,
    bool ClinicNameAllowed,
    string? ContactTime,
    string? Message,
    string? SourceSlug);
