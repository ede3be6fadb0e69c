namespace AttachmentGuide.Content;

/// <summary>
/// A part of an article that starts at a <c>##</c> heading (or, for a subsection, a <c>###</c> heading).
/// </summary>
/// <param name="Id">Anchor id of the heading, unique within the article (GitHub style).</param>
/// <param name="Heading">The heading as plain text.</param>
/// <param name="HeadingHtml">The heading's inline HTML (emphasis, code), without the heading element.</param>
/// <param name="Level">2 for a section, 3 for a subsection.</param>
/// <param name="HtmlUtf8">The body before the first subsection, without the heading itself, as UTF-8.</param>
/// <param name="WordCount">Words in the section, its heading and subsections included.</param>
/// <param name="Subsections">The <c>###</c> parts of a section, in order; empty for a subsection.</param>
public sealed record Section(
    string Id,
    string Heading,
    string HeadingHtml,
    int Level,
    Utf8Html HtmlUtf8,
    int WordCount,
    IReadOnlyList<Section> Subsections)
{
    /// <summary>The body as a string, decoded on every call (for tests and tools; pages write <see cref="HtmlUtf8"/>).</summary>
    public string Html => HtmlUtf8.ToString();
}
