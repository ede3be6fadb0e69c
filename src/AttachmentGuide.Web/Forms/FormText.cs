using System.Text;

namespace AttachmentGuide.Web.Forms;

/// <summary>Cleans free text from the form before it is validated or stored.</summary>
public static class FormText
{
    /// <summary>
    /// For one-line fields: CR/LF and TAB become spaces, other control characters (C0 and DEL) are
    /// removed, and surrounding whitespace is trimmed. Null or blank becomes null.
    /// </summary>
    public static string? CleanLine(string? value) => Clean(value, multiline: false);

    /// <summary>For the message: CRLF and CR become LF; LF and TAB are kept; other control characters are removed.</summary>
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
            if (c == '\n')
            {
                builder.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                builder.Append(multiline ? '\t' : ' ');
            }
            else if (c >= ' ' && c != '\u007F')
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
