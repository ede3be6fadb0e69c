namespace AttachmentGuide.Content.Rendering;

/// <summary>Makes files saved by different editors parse alike.</summary>
public static class TextNormalizer
{
    /// <summary>Removes a UTF-8 byte-order mark and turns CRLF and lone CR line ends into LF.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }
}
