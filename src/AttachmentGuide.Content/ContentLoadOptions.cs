namespace AttachmentGuide.Content;

/// <summary>How to load a content folder.</summary>
/// <param name="IncludeDrafts">True to serve articles marked <c>draft: true</c> (Development only).</param>
/// <param name="Today">The date that decides whether a review is overdue.</param>
public sealed record ContentLoadOptions(bool IncludeDrafts, DateOnly Today)
{
    /// <summary>Options for loading now, by the machine's local date.</summary>
    public static ContentLoadOptions Now(TimeProvider time, bool includeDrafts)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new ContentLoadOptions(includeDrafts, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
    }
}
