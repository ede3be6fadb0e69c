namespace AttachmentGuide.Web.Editing;

/// <summary>Where a content file stands, as the content list shows it; the most urgent state wins.</summary>
public enum ContentState
{
    /// <summary>An error keeps it off the site (an earlier good version may still be served).</summary>
    HasErrors,

    ReviewOverdue,

    /// <summary>Its clinical review is due within <see cref="ContentListing.ReviewSoonDays"/> days.</summary>
    ReviewDueSoon,

    Draft,

    Published,
}

public static class ContentStates
{
    public static string Describe(ContentState state) => state switch
    {
        ContentState.HasErrors => "Has errors",
        ContentState.ReviewOverdue => "Review overdue",
        ContentState.ReviewDueSoon => "Review due soon",
        ContentState.Draft => "Draft",
        _ => "Published",
    };
}
