using System.Text;

namespace AttachmentGuide.Web.Editing;

/// <summary>What a content file saved from the browser may hold, checked before anything is written.</summary>
public static class ContentTextRules
{
    /// <summary>
    /// The longest file the editor saves, in UTF-8 bytes. The clinic's longest article is about 15 KB; 200 KB leaves room
    /// for a long guide while keeping a pasted book (or an attack) out of the folder and the history.
    /// </summary>
    public const int MaxBytes = 200 * 1024;

    /// <summary>Null when <paramref name="text"/> may be saved, else the message shown beside the field.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return $"The text is longer than {MaxBytes / 1024} KB. Split it into two articles, or shorten it.";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Tabs and line breaks are text; every other control character (NUL above all) is a pasted binary or an attack.
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                var line = 1 + text.AsSpan(0, i).Count('\n');
                return $"Line {line} holds an invisible control character (U+{(int)c:X4}) that cannot be saved. Delete it and type the text again.";
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                return "The text holds a broken character that cannot be saved. Paste it again from the original.";
            }
        }

        return null;
    }
}
