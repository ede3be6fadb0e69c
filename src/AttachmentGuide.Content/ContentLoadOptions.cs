namespace AttachmentGuide.Content;

/// <summary>How to load a content folder.</summary>
/// <param name="IncludeDrafts">True to serve articles marked <c>draft: true</c> (Development only).</param>
/// <param name="Today">The date that decides whether a review is overdue.</param>
public sealed record ContentLoadOptions(bool IncludeDrafts, DateOnly Today)
{
    /// <summary>
    /// True (the default) to measure each article's and page's reading age and warn about those above the site's
    /// setting (AG0230). The site's own loads set it false and ask <see cref="ContentLoader.CheckReadingAges"/>
    /// once the snapshot is served: every word of every article is counted, and no reader's page waits for it.
    /// </summary>
    public bool MeasureReadingAges { get; init; } = true;

    /// <summary>Options for loading now, by the machine's local date.</summary>
    public static ContentLoadOptions Now(TimeProvider time, bool includeDrafts)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new ContentLoadOptions(includeDrafts, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
    }
}
