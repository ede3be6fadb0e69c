using Microsoft.AspNetCore.Html;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// A snippet as HTML: every run of text encoded (Append), only the &lt;mark&gt; tags added as markup, with no
/// whitespace of Razor's between them ("<mark>body</mark>," must not read "body ,").
/// </summary>
public static class SnippetHtml
{
    public static IHtmlContent Render(IReadOnlyList<SnippetPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var html = new HtmlContentBuilder(parts.Count * 3);
        foreach (var part in parts)
        {
            if (part.Matched)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
