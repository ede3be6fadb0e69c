using System.Buffers;
using System.Net;
using System.Text;
using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// The words of a section's rendered HTML, for the index: tags dropped, entities decoded, whitespace folded.
/// Derived once at index time so the content models need not hold a second copy of the text.
/// </summary>
public static class SearchText
{
    /// <summary>Marks where a matched word starts in an index snippet; private-use, so no article text holds it.</summary>
    public const char MarkStart = '\uE000';

    /// <summary>Marks where a matched word ends in an index snippet.</summary>
    public const char MarkEnd = '\uE001';

    /// <summary>The words of UTF-8 HTML: tags are dropped from the bytes ('&lt;' and '&gt;' never occur inside a multi-byte character) before one decode.</summary>
    public static string FromHtml(Utf8Html html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var bytes = html.Bytes;
        var kept = ArrayPool<byte>.Shared.Rent(bytes.Length + 1);
        try
        {
            var length = 0;
            var inTag = false;
            foreach (var b in bytes)
            {
                if (inTag)
                {
                    inTag = b != (byte)'>';
                    continue;
                }

                if (b == (byte)'<')
                {
                    inTag = true;
                    // A tag separates words ("</p><p>") even when no space does.
                    kept[length++] = (byte)' ';
                    continue;
                }

                kept[length++] = b;
            }

            return Plain(WebUtility.HtmlDecode(Encoding.UTF8.GetString(kept, 0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(kept);
        }
    }

    /// <summary>Folds runs of whitespace and control characters to one space and removes the snippet markers.</summary>
    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is MarkStart or MarkEnd)
            {
                space = plain.Length > 0;
                continue;
            }

            if (space)
            {
                plain.Append(' ');
                space = false;
            }

            plain.Append(c);
        }

        return plain.ToString();
    }
}
