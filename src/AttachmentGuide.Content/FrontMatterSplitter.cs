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
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return new Parts(null, text, true);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = new string('\n', i + 1) + string.Join('\n', lines[(i + 1)..]);
                return new Parts(yaml, body, true);
            }
        }

        return new Parts(string.Join('\n', lines[1..]), string.Empty, false);
    }
}
