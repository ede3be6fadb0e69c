namespace AttachmentGuide.Web.Staff;

/// <summary>One staff action: who, what, when, which inquiry or which detail. Never the inquiry's contents.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The staff account's email, or the email typed at a failed sign-in.</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    public Guid? InquiryId { get; set; }

    /// <summary>
    /// What an entry about no inquiry needs besides: the path refused (never its query), or an account's roles before
    /// and after a change. Never what a person wrote.
    /// </summary>
    public string? Detail { get; set; }
}
