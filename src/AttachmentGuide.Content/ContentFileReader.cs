using System.Text;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Limits;

namespace AttachmentGuide.Content;

/// <summary>
/// Reads one content file as text, or says why it cannot: too large (checked before reading), not UTF-8 (at the
/// line and column of the first bad byte), or not readable at all.
/// </summary>
internal static class ContentFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="path"/>, or false with the diagnostic that explains why not.</summary>
    public static bool TryRead(string path, out string text, out Diagnostic? problem)
    {
        var bytes = Array.Empty<byte>();
        try
        {
            // Measured before reading, so a huge file costs nothing (a named pipe or device reports 0 and is read).
            if (new FileInfo(path).Length is var length and > ContentLimits.MaxFileBytes)
            {
                problem = new Diagnostic(
                    path, null, null, DiagnosticSeverity.Error, DiagnosticCodes.TooLarge,
                    $"the file is {length:N0} bytes; the site reads files of at most {ContentLimits.MaxFileBytes:N0} bytes (1 MiB)",
                    "Split it into several files, or remove what was pasted in by mistake");
                text = string.Empty;
                return false;
            }

            bytes = File.ReadAllBytes(path);
            text = StrictUtf8.GetString(bytes);
            problem = null;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = Utf8Position(bytes, ex.Index);
            problem = new Diagnostic(
                path, line, column, DiagnosticSeverity.Error, DiagnosticCodes.UnreadableFile,
                "the file is not UTF-8 text: the character here is in another encoding",
                "Save it as 'UTF-8' in your editor (File > Save with Encoding > UTF-8), then check the character here");
        }
        catch (IOException ex)
        {
            problem = Unreadable(path, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            problem = Unreadable(path, ex);
        }

        text = string.Empty;
        return false;
    }

    /// <summary>The line and column (from 1, in characters) of the byte at <paramref name="index"/>, all valid UTF-8 before it.</summary>
    private static (int Line, int Column) Utf8Position(byte[] bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var before = bytes.AsSpan(0, index);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = StrictUtf8.GetCharCount(before[lineStart..]) + 1;
        if (lineStart == 0 && before.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            column--;
        }

        return (1 + before.Count((byte)'\n'), column);
    }

    private static Diagnostic Unreadable(string path, Exception ex) => new(
        path, null, null, DiagnosticSeverity.Error, DiagnosticCodes.UnreadableFile,
        $"the file cannot be read ({ex.Message.TrimEnd('.')})",
        "Check that the file exists and that the site may read it");
}
