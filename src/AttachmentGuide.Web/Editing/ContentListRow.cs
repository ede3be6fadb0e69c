namespace AttachmentGuide.Web.Editing;

/// <summary>One content file as the content list shows it.</summary>
/// <param name="Path">Its path under the content folder, the edit page's <c>?path=</c>.</param>
/// <param name="Title">The front matter's title, or the file name when it has none that can be read.</param>
/// <param name="Address">Where the site serves it (<c>/guide/slug</c>, <c>/slug</c>), or null when it claims none.</param>
/// <param name="State">The most urgent state.</param>
/// <param name="IsDraft">True when marked <c>draft: true</c>, whatever else is true of it.</param>
/// <param name="ErrorCount">Errors the site found in it.</param>
/// <param name="WarningCount">Warnings the site found in it.</param>
/// <param name="ReviewDue">Its <c>review_due</c>, when it has a readable one.</param>
/// <param name="LastEditedBy">Who saved it last in the browser (or "(on disk)"); null when never.</param>
/// <param name="LastEditedAt">When, UTC.</param>
public sealed record ContentListRow(
    string Path,
    ContentKind Kind,
    string Title,
    string? Address,
    ContentState State,
    bool IsDraft,
    int ErrorCount,
    int WarningCount,
    DateOnly? ReviewDue,
    string? LastEditedBy,
    DateTime? LastEditedAt)
{
    /// <summary>The reading age in years (Flesch–Kincaid grade + 5); null, shown as "—", when the file has errors or no prose.</summary>
    public double? ReadingAge { get; init; }
}
