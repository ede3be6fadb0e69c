using AttachmentGuide.Content.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Decides what each link and image in an article becomes. A link that is not a web, email or phone address
/// (or an autolink such as <c>&lt;javascript:…&gt;</c>) and an image from another site become plain text;
/// a link to another article (<c>other-article</c>, <c>other-article.md#part</c>, <c>/guide/other-article</c>)
/// or to an anchor is rewritten to its address on the site and kept for the loader's link check.
/// A pass over the parsed document rather than a Markdig extension: every rule reports to the file's
/// diagnostics, and the kept links are part of the parse result.
/// </summary>
/// <param name="articleUrlPrefix">Where articles are served (<see cref="ArticleParserOptions.ArticleUrlPrefix"/>).</param>
internal sealed class LinkPolicy(string articleUrlPrefix)
{
    /// <summary>Applies the policy to <paramref name="document"/>; returns the links to articles and anchors.</summary>
    /// <param name="document">The parsed article.</param>
    /// <param name="diagnostics">The file's diagnostics.</param>
    /// <param name="images">The snapshot's images, which the article's images must be.</param>
    public List<ArticleLink> Apply(MarkdownDocument document, DiagnosticBag diagnostics, ImagePolicy images)
    {
        var links = new List<ArticleLink>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var (line, column) = (link.Line + 1, link.Column + 1);
            if (link.IsImage)
            {
                images.Apply(link, diagnostics, line, column);
                continue;
            }

            if (!UrlSafety.IsSafeLink(link.Url))
            {
                const string fix = "Link to an address starting with https://, mailto: or tel:, or to another article by its slug";
                ShowAsText(link, diagnostics, DiagnosticCodes.UnsafeLink, $"the link to '{link.Url}' is not a web, email or phone address, so it is shown as plain text", fix);
                continue;
            }

            if (ParseArticleLink(link.Url, line, column) is { } articleLink)
            {
                links.Add(articleLink);
                link.Url = articleLink.TargetSlug is null
                    ? "#" + articleLink.Anchor
                    : articleUrlPrefix + articleLink.TargetSlug + (articleLink.Anchor is null ? string.Empty : "#" + articleLink.Anchor);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !UrlSafety.IsSafeLink(autolink.Url))
            {
                diagnostics.Warning(
                    DiagnosticCodes.UnsafeLink, autolink.Line + 1, autolink.Column + 1,
                    $"the link to '{autolink.Url}' is not a web, email or phone address, so it is shown as plain text",
                    "Link to an address starting with https://, mailto: or tel:");
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return links;
    }

    /// <summary>Reports <paramref name="link"/> and replaces it by its text (an image by its description).</summary>
    internal static void ShowAsText(LinkInline link, DiagnosticBag diagnostics, string code, string message, string fix)
    {
        diagnostics.Warning(code, link.Line + 1, link.Column + 1, message, fix);
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private ArticleLink? ParseArticleLink(string? url, int line, int column)
    {
        if (string.IsNullOrEmpty(url) || UrlSafety.SchemeOf(url) is not null || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        if (path.Length == 0)
        {
            return string.IsNullOrEmpty(anchor) ? null : new ArticleLink(url, null, anchor, line, column);
        }

        if (path.StartsWith(articleUrlPrefix, StringComparison.Ordinal))
        {
            path = path[articleUrlPrefix.Length..].TrimEnd('/');
        }
        else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^3];
            path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        }

        return SlugRules.IsValid(path) ? new ArticleLink(url, path, string.IsNullOrEmpty(anchor) ? null : anchor, line, column) : null;
    }
}
