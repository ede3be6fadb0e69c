using System.Buffers;
using System.Text.Encodings.Web;
using AttachmentGuide.Content;
using Microsoft.AspNetCore.Html;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// An article's UTF-8 HTML written into a page as it is (it was made safe when the article was parsed). Razor pages
/// write characters, so the bytes are decoded a few thousand at a time into a pooled buffer rather than into a
/// string; an article page is then drawn once per snapshot and served from the output cache.
/// </summary>
public sealed class Utf8HtmlContent(Utf8Html html) : IHtmlContent
{
    private const int CharsPerWrite = 4096;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var bytes = html.Bytes;
        if (bytes.IsEmpty)
        {
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(CharsPerWrite);
        try
        {
            while (!bytes.IsEmpty)
            {
                // Stops before a character that would not fit, never in the middle of one.
                System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out var written);
                writer.Write(chars, 0, written);
                bytes = bytes[read..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

public static class Utf8HtmlExtensions
{
    /// <summary>The HTML for a Razor page: <c>@article.LeadHtmlUtf8.AsHtmlContent()</c>.</summary>
    public static IHtmlContent AsHtmlContent(this Utf8Html html) => new Utf8HtmlContent(html);
}
