namespace AttachmentGuide.Web.Inquiries;

/// <summary>What came of a staff change.</summary>
public enum InquiryUpdateResult
{
    Updated,
    NotFound,

    /// <summary>Someone else changed the inquiry after it was loaded; nothing was written.</summary>
    Conflict,
}
