namespace AttachmentGuide.Web.Inquiries;

/// <summary>
/// A stored contact request. The personal fields (name, email, phone, contact time, message, note)
/// hold Data Protection ciphertext: a copy of the database file alone reveals none of them.
/// Status, dates, source article and reference stay plain so they can be filtered and sorted.
/// </summary>
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

    /// <summary>Goes up by one with every staff change, so two staff saving the same inquiry cannot overwrite each other unseen.</summary>
    public int Version { get; set; }

    /// <summary>Staff's internal note; never shown to the person.</summary>
    public string? InternalNote { get; set; }
}
