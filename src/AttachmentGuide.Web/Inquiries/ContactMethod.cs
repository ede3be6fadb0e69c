namespace AttachmentGuide.Web.Inquiries;

/// <summary>How the person would like the clinic to reply.</summary>
public enum ContactMethod
{
    Email,
    Phone,
}
