using System.Buffers;

namespace AttachmentGuide.Content.Limits;

/// <summary>
/// Finds an invisible control character (NUL and the like, usually pasted from a PDF or a word processor).
/// YAML reads a NUL as the end of the text and HTML forbids them, so a file with one is refused where it is.
/// </summary>
public static class ControlCharacterScanner
{
    // C0 controls but tab, LF and CR; DEL; C1 controls. A vectorised search keeps the normal parse fast.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    /// <summary>The first control character other than tab and line ends, or null when there is none.</summary>
    public static (int Line, int Column, char Character)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = text.AsSpan().IndexOfAny(Controls);
        if (index < 0)
        {
            return null;
        }

        var (line, column) = TextPosition.Of(text, index);
        return (line, column, text[index]);
    }

    /// <summary>How a control character is named in a diagnostic, such as <c>U+0000 (NUL)</c>.</summary>
    public static string Describe(char c) => c == '\0' ? "U+0000 (NUL)" : $"U+{(int)c:X4}";
}
