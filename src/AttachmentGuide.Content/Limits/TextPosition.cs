namespace AttachmentGuide.Content.Limits;

/// <summary>Turns an index into a text into the line and column (from 1) an editor shows.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) Of(string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return (line, index - lineStart + 1);
    }
}
