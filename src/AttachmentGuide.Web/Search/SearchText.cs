using System.Net;
using System.Text;

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

    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (c == '<')
            {
                inTag = true;
                // A tag separates words ("</p><p>") even when no space does.
                text.Append(' ');
                continue;
            }

            text.Append(c);
        }

        return Plain(WebUtility.HtmlDecode(text.ToString()));
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
