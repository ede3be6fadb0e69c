namespace AttachmentGuide.Web.Editing;

/// <summary>
/// One version of a content file as the browser editor saw it: the full text, who and when. The history holds a version
/// for each save, the file as it was on disk before its first save in the browser (so a change made with git is
/// restorable too), and a deleted file's last text. Content files are public writing, never personal data.
/// </summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public ContentKind Kind { get; set; }

    /// <summary>The file's slug at the time (its name without <c>.md</c>).</summary>
    public required string Slug { get; set; }

    /// <summary>The file's path under the content folder, with <c>/</c> separators, e.g. <c>articles/grief.md</c>.</summary>
    public required string RelativePath { get; set; }

    /// <summary>The whole file as written (UTF-8 text, front matter included); empty for nothing but a deletion marker.</summary>
    public required string Text { get; set; }

    /// <summary>The SHA-256 of the file's bytes, lowercase hex: the same value the edit form carries to detect conflicts.</summary>
    public required string Hash { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SavedAt { get; set; }

    /// <summary>The staff account's email; <see cref="ContentChange.FromDisk"/> versions name no one.</summary>
    public required string SavedBy { get; set; }

    /// <summary>What made this version (one of <see cref="ContentChange"/>).</summary>
    public required string Change { get; set; }
}
