namespace AttachmentGuide.Web.Inquiries;

/// <summary>Where an inquiry is in the clinic's follow-up. Stored as text so the database reads plainly.</summary>
public enum InquiryStatus
{
    New,
    Contacted,
    Closed,
}
