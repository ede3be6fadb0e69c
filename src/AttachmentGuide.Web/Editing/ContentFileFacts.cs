using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Editing;

/// <summary>What the history pages say about a file and its versions, in words for staff.</summary>
public static class ContentFileFacts
{
    /// <summary>
    /// The <c>title:</c> of a file's text, read from its one line (quotes removed), or null. For naming a file in a
    /// list only: a deleted or broken file has no parsed article to ask.
    /// </summary>
    public static string? TitleOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var yaml = FrontMatterSplitter.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Yaml;
        var line = yaml?.Split('\n').FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal));
        var title = line?["title:".Length..].Trim();
        if (title is { Length: >= 2 } && (title[0] is '"' or '\'') && title[^1] == title[0])
        {
            title = title[1..^1];
        }

        return string.IsNullOrWhiteSpace(title) ? null : title;
    }

    /// <summary>What made a version, as a person would say it.</summary>
    public static string Describe(string change) => change switch
    {
        ContentChange.FromDisk => "As found on disk (changed outside the browser)",
        ContentChange.Created => "Created",
        ContentChange.Saved => "Saved",
        ContentChange.Reviewed => "Marked as reviewed",
        ContentChange.Renamed => "Renamed",
        ContentChange.Deleted => "Deleted (its last text)",
        ContentChange.Restored => "Restored from an earlier version",
        _ => change,
    };

    /// <summary>Who made a version: the account, or nobody for a file found on disk.</summary>
    public static string Who(ContentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.SavedBy == ContentChange.NoOne ? "Not saved in the browser" : version.SavedBy;
    }

    /// <summary>"article" or "page", for sentences.</summary>
    public static string Noun(ContentKind kind) => kind == ContentKind.Article ? "article" : "page";
}
