namespace AttachmentGuide.Web.Staff;

/// <summary>One staff action on the inbox: who, what, when, which inquiry. Never the inquiry's contents.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The staff account's email, or the email typed at a failed sign-in.</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    public Guid? InquiryId { get; set; }
}
