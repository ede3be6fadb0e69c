using AttachmentGuide.Content.Readability;

namespace AttachmentGuide.Content;

/// <summary>One article (or standalone page) parsed from a Markdown file. Immutable.</summary>
/// <param name="Slug">The URL name, e.g. <c>what-causes-attachment-trauma</c>.</param>
/// <param name="Title">The title, shown as the page's only <c>h1</c>.</param>
/// <param name="Subtitle">An optional subtitle.</param>
/// <param name="Summary">One or two sentences for the home page and the meta description.</param>
/// <param name="Metadata">The optional front matter fields.</param>
/// <param name="LeadHtmlUtf8">The text before the first <c>##</c> section, as UTF-8 HTML.</param>
/// <param name="Sections">The <c>##</c> sections, in order.</param>
/// <param name="WordCount">Words in the lead and all sections.</param>
/// <param name="ReadingMinutes">Estimated reading time, at least one minute.</param>
/// <param name="SourcePath">Full path of the Markdown file.</param>
/// <param name="HeadingIds">Every heading anchor in the article, for link checks.</param>
/// <param name="Links">Links to articles and anchors, for link checks.</param>
public sealed record Article(
    string Slug,
    string Title,
    string? Subtitle,
    string Summary,
    ArticleMetadata Metadata,
    Utf8Html LeadHtmlUtf8,
    IReadOnlyList<Section> Sections,
    int WordCount,
    int ReadingMinutes,
    string SourcePath,
    IReadOnlySet<string> HeadingIds,
    IReadOnlyList<ArticleLink> Links)
{
    /// <summary>The opening as a string, decoded on every call (for tests and tools; pages write <see cref="LeadHtmlUtf8"/>).</summary>
    public string LeadHtml => LeadHtmlUtf8.ToString();

    /// <summary>How hard its prose is to read (headings and body text); null when it has no prose to measure.</summary>
    public ReadingAge? ReadingAge { get; init; }
}
