using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content;

/// <summary>What parsing one file gave.</summary>
/// <param name="Article">The article; null when the file has an error.</param>
/// <param name="FilePath">Full path of the file.</param>
/// <param name="Slug">The slug the file claims, when one could be worked out, even if the file has an error.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings.</param>
public sealed record ArticleParseResult(Article? Article, string FilePath, string? Slug, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The links and headings of a file whose text could be read but that has an error: the loader still
    /// checks its links, so staff see its broken links in the same run, not only after the first fix.
    /// </summary>
    public (IReadOnlyList<ArticleLink> Links, IReadOnlySet<string> HeadingIds)? UnservedLinks { get; init; }
}
