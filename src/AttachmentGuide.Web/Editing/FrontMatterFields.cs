namespace AttachmentGuide.Web.Editing;

/// <summary>
/// The front matter of a content file as the edit form shows it: each field the form has, as text (as typed, so a
/// value that does not read is shown back with its message), and every other line of the front matter kept as written.
/// </summary>
public sealed class FrontMatterFields
{
    /// <summary>The keys the form has a field for, in the order a composed file writes them.</summary>
    public static readonly IReadOnlyList<string> FormKeys =
        ["title", "subtitle", "summary", "author", "reviewed", "review_due", "tags", "order", "draft", "content_note", "aliases"];

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Summary { get; set; }

    public string? Author { get; set; }

    /// <summary>yyyy-MM-dd, as the date field sends it.</summary>
    public string? Reviewed { get; set; }

    /// <summary>yyyy-MM-dd, as the date field sends it.</summary>
    public string? ReviewDue { get; set; }

    /// <summary>Comma-separated, as typed: <c>grief, sleep</c>.</summary>
    public string? Tags { get; set; }

    public string? Order { get; set; }

    public bool Draft { get; set; }

    public string? ContentNote { get; set; }

    /// <summary>Comma-separated earlier addresses.</summary>
    public string? Aliases { get; set; }

    /// <summary>
    /// The front matter lines of keys the form has no field for (<c>slug</c>, <c>published</c>, <c>nav</c>, unknown
    /// keys, comments), exactly as written, so a save never drops or rewrites them.
    /// </summary>
    public string? OtherLines { get; set; }
}
