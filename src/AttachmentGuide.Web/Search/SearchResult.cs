namespace AttachmentGuide.Web.Search;

/// <summary>One article or page that matched, linked at its best-matching section.</summary>
/// <param name="Title">The article's or page's title.</param>
/// <param name="Url">Where to go: the article, at the section's anchor when a section matched best.</param>
/// <param name="Section">The heading of that section, or null for the article's opening.</param>
/// <param name="Snippet">A short passage around the matched words.</param>
public sealed record SearchResult(string Title, string Url, string? Section, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A run of snippet text; <paramref name="Matched"/> runs are shown in &lt;mark&gt;. Razor encodes the text.</summary>
public sealed record SnippetPart(string Text, bool Matched)
{
    /// <summary>Splits FTS5 snippet() output at the private-use markers it was asked to put around matches.</summary>
    public static IReadOnlyList<SnippetPart> Split(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var parts = new List<SnippetPart>();
        var matched = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] is not (SearchText.MarkStart or SearchText.MarkEnd))
            {
                continue;
            }

            if (i > start)
            {
                parts.Add(new SnippetPart(snippet[start..i], matched));
            }

            if (i < snippet.Length)
            {
                matched = snippet[i] == SearchText.MarkStart;
            }

            start = i + 1;
        }

        return parts;
    }
}
