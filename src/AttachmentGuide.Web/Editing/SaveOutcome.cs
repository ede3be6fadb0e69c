namespace AttachmentGuide.Web.Editing;

/// <summary>What became of a save, a creation or a deletion in the browser editor.</summary>
public abstract record SaveOutcome
{
    /// <summary>Written and recorded; the site serves it after the reload that followed.</summary>
    public sealed record Saved(string Hash, long VersionId) : SaveOutcome;

    /// <summary>
    /// The file changed on disk since the form opened it (or exists when it was to be created, or is gone): nothing was
    /// written. The page shows what is on disk now beside what was typed.
    /// </summary>
    public sealed record Conflict(string? CurrentText, string CurrentHash) : SaveOutcome;

    /// <summary>The request itself cannot be carried out (a bad path, text over the limit): nothing was written.</summary>
    public sealed record Refused(string Message) : SaveOutcome;

    /// <summary>The disk would not take it (read-only folder, full disk): nothing was written, the old file is intact.</summary>
    public sealed record Failed(string Message) : SaveOutcome;
}
