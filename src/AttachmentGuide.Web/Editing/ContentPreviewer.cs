using AttachmentGuide.Content;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Parses a text the way the site would serve it: the site's own parser (one Markdown pipeline, the same options), the
/// images the site serves now, and links checked against the articles the site serves now, so the preview's
/// diagnostics are those the next load would log.
/// </summary>
public sealed class ContentPreviewer(SiteContent content, TimeProvider time)
{
    private static readonly ArticleParser Parser = ContentParsing.CreateParser();

    public ContentPreview Preview(ContentFilePath path, FrontMatterFields fields, string? body)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fields);
        var text = ContentFileText.Compose(fields, body);
        return Preview(path, text, ContentFileText.BodyFirstLine(fields));
    }

    public ContentPreview Preview(ContentFilePath path, string text, int bodyFirstLine)
    {
        ArgumentNullException.ThrowIfNull(path);
        var library = content.Library;
        // The loader's own "today" (ContentLoadOptions.Now), so an overdue review is reported as the site reports it.
        var today = ContentLoadOptions.Now(time, includeDrafts: false).Today;
        var result = Parser.Parse(path.FullPath, text, today, library.Images);
        var diagnostics = result.Diagnostics.ToList();
        var links = result.Article?.Links ?? result.UnservedLinks?.Links ?? [];
        var ownIds = result.Article?.HeadingIds ?? result.UnservedLinks?.HeadingIds ?? new HashSet<string>();
        diagnostics.AddRange(CheckLinks(path.FullPath, links, ownIds, library));
        var ordered = diagnostics.OrderByDescending(d => d.IsError).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ToList();
        return new ContentPreview(path.Kind, result.Article, ordered, bodyFirstLine);
    }

    /// <summary>The loader's link check for one file: links to articles the site does not serve, and anchors that are not there.</summary>
    private static IEnumerable<Diagnostic> CheckLinks(string file, IReadOnlyList<ArticleLink> links, IReadOnlySet<string> ownIds, ContentLibrary library)
    {
        var reserved = Parser.Options.ReservedIds;
        foreach (var link in links)
        {
            var targetIds = ownIds;
            if (link.TargetSlug is not null)
            {
                if (!library.TryGet(link.TargetSlug, out var target))
                {
                    yield return new Diagnostic(
                        file, link.Line, link.Column, DiagnosticSeverity.Warning, DiagnosticCodes.BrokenLink,
                        $"the link '{link.AsWritten}' points to an article that does not exist",
                        $"Check the slug; the articles are: {string.Join(", ", library.All.Select(a => a.Slug).Order(StringComparer.Ordinal))}");
                    continue;
                }

                targetIds = target.HeadingIds;
            }

            if (link.Anchor is not null && !targetIds.Contains(link.Anchor) && !reserved.Contains(link.Anchor))
            {
                yield return new Diagnostic(
                    file, link.Line, link.Column, DiagnosticSeverity.Warning, DiagnosticCodes.BrokenAnchor,
                    $"the link '{link.AsWritten}' points to a section that does not exist",
                    targetIds.Count == 0
                        ? "That article has no headings to link to"
                        : $"Use one of: {string.Join(", ", targetIds.Order(StringComparer.Ordinal).Select(id => "#" + id))}");
            }
        }
    }
}
