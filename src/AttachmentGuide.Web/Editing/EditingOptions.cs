using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Editing;

/// <summary>Settings of the browser editor. Bound from <c>Editing</c>.</summary>
public sealed class EditingOptions
{
    public const string SectionName = "Editing";

    /// <summary>How far ahead "Mark as reviewed" sets <c>review_due</c>: a year, unless the clinic's policy says otherwise.</summary>
    [Range(1, 60, ErrorMessage = "Editing:ReviewPeriodMonths must be between 1 and 60 months.")]
    public int ReviewPeriodMonths { get; set; } = 12;
}
