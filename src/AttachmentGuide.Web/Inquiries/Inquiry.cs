namespace AttachmentGuide.Web.Inquiries;

/// <summary>
/// A stored contact request. The personal fields (name, email, phone, contact time, message, note)
/// are stored as Data Protection ciphertext: a copy of the database file alone reveals none of them.
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

    /// <summary>What the person sent; its fields are columns of this table, not a table of their own.</summary>
    public required InquiryContent Content { get; set; }

    public InquiryStatus Status { get; set; } = InquiryStatus.New;

    /// <summary>
    /// UTC. When a reply was promised by, worked out from <c>reply_within</c> as it stood when the request arrived:
    /// the promise the person read, which a later edit to site.yml does not change. Null for requests stored before.
    /// </summary>
    public DateTime? ReplyDueAt { get; set; }

    /// <summary>Goes up by one with every staff change, so two staff saving the same inquiry cannot overwrite each other unseen.</summary>
    public int Version { get; set; }

    /// <summary>Staff's internal note; never shown to the person.</summary>
    public string? InternalNote { get; set; }
}
