using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Staff;

/// <summary>How long inquiries are kept. Bound from <c>Inquiries</c>.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Inquiries";

    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;
}
