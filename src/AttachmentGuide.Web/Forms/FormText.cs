using System.Text;

namespace AttachmentGuide.Web.Forms;

/// <summary>Cleans free text from the form before it is validated or stored.</summary>
public static class FormText
{
    /// <summary>
    /// For one-line fields: CR/LF, TAB and the Unicode line and paragraph separators become spaces, other
    /// control characters (C0, DEL, C1) and bidirectional controls are removed, and surrounding whitespace is
    /// trimmed. Null or blank becomes null. A bidirectional control in a name would reverse the text shown after
    /// it in the inbox (a reference read backwards); a name never needs one.
    /// </summary>
    public static string? CleanLine(string? value) => Clean(value, multiline: false);

    /// <summary>
    /// For the message: CRLF and CR become LF; LF and TAB are kept; other control characters are removed.
    /// Bidirectional controls are kept (right-to-left writers may need them); staff pages isolate the message.
    /// </summary>
    public static string? CleanMultiline(string? value) => Clean(value, multiline: true);

    private static string? Clean(string? value, bool multiline)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n' || (!multiline && c is LineSeparator or ParagraphSeparator))
            {
                builder.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                builder.Append(multiline ? '\t' : ' ');
            }
            else if (c >= ' ' && !IsC1OrDelete(c) && (multiline || !IsBidiControl(c)))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private const char LineSeparator = '\u2028';
    private const char ParagraphSeparator = '\u2029';

    private static bool IsC1OrDelete(char c) => c is >= '\u007F' and <= '\u009F';

    /// <summary>Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the marks LRM, RLM and ALM.</summary>
    public static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
