namespace AttachmentGuide.Web.Inquiries;

/// <summary>A contact request from a prospective client. Its personal fields are sensitive health information.</summary>
public sealed class Inquiry
{
    public Guid Id { get; set; }

    /// <summary>A short code the person sees on the thanks page and can quote on the phone.</summary>
    public required string Reference { get; set; }

    /// <summary>Identifies the form that sent it, so a refresh or double-click stores it once.</summary>
    public Guid SubmissionToken { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ReceivedAt { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public ContactMethod PreferredContact { get; set; }

    public bool VoicemailAllowed { get; set; }

    public bool ClinicNameAllowed { get; set; }

    public string? ContactTime { get; set; }

    public string? Message { get; set; }

    /// <summary>The slug of the article the person was reading, when they came from one.</summary>
    public string? SourceSlug { get; set; }

    public InquiryStatus Status { get; set; } = InquiryStatus.New;
}
