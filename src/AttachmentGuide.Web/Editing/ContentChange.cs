namespace AttachmentGuide.Web.Editing;

/// <summary>What made a <see cref="ContentVersion"/>, as stored.</summary>
public static class ContentChange
{
    /// <summary>The file as it was on disk before a browser save replaced it (written by hand, by git, or the first time seen).</summary>
    public const string FromDisk = "from-disk";

    public const string Created = "created";

    public const string Saved = "saved";

    public const string Reviewed = "reviewed";

    /// <summary>The file moved to a new slug; the version holds the text under the new name.</summary>
    public const string Renamed = "renamed";

    /// <summary>The file was deleted; the version holds its last text, so it can be restored.</summary>
    public const string Deleted = "deleted";

    public const string Restored = "restored";

    /// <summary>Who <see cref="FromDisk"/> versions are recorded as.</summary>
    public const string NoOne = "(on disk)";
}
