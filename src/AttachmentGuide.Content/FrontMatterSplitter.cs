namespace AttachmentGuide.Content;

/// <summary>Separates the YAML front matter from the Markdown body of a normalised file.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The two parts of a file.</summary>
    /// <param name="Yaml">The YAML between the <c>---</c> lines; null when the file has none.</param>
    /// <param name="Body">
    /// The Markdown with the front matter lines blanked rather than removed, so Markdig's line
    /// numbers stay those of the file.
    /// </param>
    /// <param name="IsClosed">False when an opening <c>---</c> has no closing line.</param>
    public sealed record Parts(string? Yaml, string Body, bool IsClosed);

    /// <summary>YAML starts on this line of the file (the line after the opening <c>---</c>).</summary>
    public const int YamlFirstLine = 2;

    /// <summary>Splits <paramref name="text"/>, which must already use LF line ends.</summary>
    public static Parts Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Line by line over the text itself: a string per line (and joining them again) was most of what a
        // parse allocated before Markdig, for an answer that is only two cuts of the text.
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstEnd);
        if (!firstLine.TrimEnd().SequenceEqual("---"))
        {
            return new Parts(null, text, true);
        }

        if (firstEnd < 0)
        {
            return new Parts(string.Empty, string.Empty, false);
        }

        var yamlStart = firstEnd + 1;
        var lineStart = yamlStart;
        for (var lineIndex = 1; ; lineIndex++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text.AsSpan(lineStart) : text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.TrimEnd();
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                var yaml = lineIndex == 1 ? string.Empty : text[yamlStart..(lineStart - 1)];
                return new Parts(yaml, BlankedBody(text, blankLines: lineIndex + 1, bodyStart: lineEnd < 0 ? text.Length : lineEnd + 1), true);
            }

            if (lineEnd < 0)
            {
                return new Parts(text[yamlStart..], string.Empty, false);
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>One LF for each front matter line, then the text from <paramref name="bodyStart"/>, in one allocation.</summary>
    private static string BlankedBody(string text, int blankLines, int bodyStart) =>
        string.Create(blankLines + text.Length - bodyStart, (text, blankLines, bodyStart), static (span, state) =>
        {
            span[..state.blankLines].Fill('\n');
            state.text.AsSpan(state.bodyStart).CopyTo(span[state.blankLines..]);
        });
}
