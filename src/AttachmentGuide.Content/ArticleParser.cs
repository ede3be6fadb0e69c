using System.Text.RegularExpressions;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Rendering;
using AttachmentGuide.Content.Yaml;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Content;

/// <summary>
/// Turns the text of one Markdown file into an <see cref="Article"/> and its diagnostics.
/// Pure: it reads no files, so it is safe to call in parallel.
/// </summary>
/// <param name="pipeline">The pipeline from <see cref="MarkdownPipelineFactory"/>.</param>
public sealed partial class ArticleParser(MarkdownPipeline pipeline)
{
    /// <summary>Where articles are served; links to other articles are rewritten to it.</summary>
    public const string ArticleUrlPrefix = "/guide/";

    /// <summary>
    /// Ids the article page's layout uses itself (Pages/Shared/_Layout.cshtml and the article page): headings
    /// must not take them, and links to them (<c>#top</c>) are valid on every article.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "top", "main", "quick-exit", "quick-exit-hint", "on-this-page", "reach-out", "crisis-help",
    };

    private const int WordsPerMinute = 200;

    /// <summary>Parses the text of the file at <paramref name="path"/>; <paramref name="today"/> decides overdue reviews.</summary>
    public ArticleParseResult Parse(string path, string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag(path);
        var parts = FrontMatterSplitter.Split(TextNormalizer.Normalize(text));
        var frontMatter = ReadFrontMatter(parts, diagnostics);
        var slug = ResolveSlug(path, frontMatter, diagnostics);
        if (frontMatter is null)
        {
            return new ArticleParseResult(null, path, slug, diagnostics.Items);
        }

        CheckRequiredFields(frontMatter, diagnostics, today);
        var document = Markdown.Parse(parts.Body, pipeline);
        DemoteLevelOneHeadings(document, diagnostics);
        CheckHeadingLevels(document, diagnostics);
        WarnAboutRawHtml(document, diagnostics);
        var links = CheckLinks(document, diagnostics);
        var headingIds = MakeHeadingIdsAvoidReserved(document);
        var (leadBlocks, sections) = SplitIntoSections(document);
        if (sections.Count == 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.NoSections, null, null,
                "the article has no '##' sections, so its page has no contents list",
                "Divide the text with headings that start with '## '");
        }

        if (diagnostics.HasErrors)
        {
            return new ArticleParseResult(null, path, slug, diagnostics.Items);
        }

        var wordCount = CountWords(leadBlocks) + sections.Sum(s => s.WordCount);
        var article = new Article(
            slug!,
            frontMatter.Title!,
            frontMatter.Subtitle,
            frontMatter.Summary!,
            frontMatter.Metadata,
            RenderHtml(leadBlocks),
            sections,
            wordCount,
            Math.Max(1, (int)Math.Round(wordCount / (double)WordsPerMinute, MidpointRounding.AwayFromZero)),
            path,
            headingIds,
            links);
        return new ArticleParseResult(article, path, slug, diagnostics.Items);
    }

    /// <summary>True when <paramref name="slug"/> is lowercase letters and digits joined by single hyphens.</summary>
    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    private static FrontMatter? ReadFrontMatter(FrontMatterSplitter.Parts parts, DiagnosticBag diagnostics)
    {
        if (parts.Yaml is null)
        {
            diagnostics.Error(
                DiagnosticCodes.MissingFrontMatter, 1, 1,
                "the file does not start with front matter",
                "Begin the file with a line '---', then 'title: ...' and 'summary: ...' lines, then another '---'");
            return null;
        }

        if (!parts.IsClosed)
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterSyntax, 1, 1,
                "the front matter opened by '---' on line 1 is never closed",
                "Add a line '---' after the last front matter line");
            return null;
        }

        var yaml = YamlDocumentReader.Read(parts.Yaml);
        if (yaml.ErrorMessage is not null)
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterSyntax, yaml.ErrorLine + FrontMatterSplitter.YamlFirstLine - 1, yaml.ErrorColumn,
                $"the front matter is not valid YAML: {yaml.ErrorMessage}",
                "Write each field as 'key: value' on its own line; put a value containing ': ' or starting with a quote, '[' or '{' in double quotes");
            return null;
        }

        switch (yaml.Root)
        {
            case null:
                return FrontMatter.Bind(new YamlMappingNode(), diagnostics, 0);
            case YamlMappingNode mapping:
                return FrontMatter.Bind(mapping, diagnostics, FrontMatterSplitter.YamlFirstLine - 1);
            default:
                diagnostics.Error(
                    DiagnosticCodes.FrontMatterSyntax, FrontMatterSplitter.YamlFirstLine, 1,
                    "the front matter is not a list of 'key: value' fields",
                    "Write each field as 'key: value' on its own line");
                return null;
        }
    }

    private static string? ResolveSlug(string path, FrontMatter? frontMatter, DiagnosticBag diagnostics)
    {
        var fromFile = Path.GetFileNameWithoutExtension(path);
        var slug = frontMatter?.Slug ?? fromFile;
        if (IsValidSlug(slug))
        {
            return slug;
        }

        var (line, column) = frontMatter?.Slug is null ? ((int?)null, (int?)null) : frontMatter.SlugPosition;
        diagnostics.Error(
            DiagnosticCodes.InvalidSlug, line, column,
            frontMatter?.Slug is null
                ? $"the file name '{fromFile}' cannot be a web address (slug)"
                : $"the slug '{slug}' cannot be a web address",
            "Use lowercase letters, digits and single hyphens only, e.g. 'slug: coping-with-anxiety' (or rename the file)");
        return null;
    }

    private static void CheckRequiredFields(FrontMatter frontMatter, DiagnosticBag diagnostics, DateOnly today)
    {
        if (frontMatter.Title is null)
        {
            diagnostics.Error(
                DiagnosticCodes.MissingTitle, 1, 1,
                "front matter is missing 'title'",
                "Add a line 'title: ...' between the '---' lines");
        }

        if (frontMatter.Summary is null)
        {
            diagnostics.Error(
                DiagnosticCodes.MissingSummary, 1, 1,
                "front matter is missing 'summary'",
                "Add a line 'summary: ...' with one or two sentences for the home page and search results");
        }

        if (frontMatter.Metadata.ReviewDue is { } due && due < today)
        {
            diagnostics.Warning(
                DiagnosticCodes.ReviewOverdue, null, null,
                $"the clinical review was due on {due:yyyy-MM-dd}",
                "Have the article reviewed, then update 'reviewed' and 'review_due'");
        }
    }

    private static void DemoteLevelOneHeadings(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            heading.Level = 2;
            diagnostics.Warning(
                DiagnosticCodes.HeadingOneInBody, heading.Line + 1, heading.Column + 1,
                "a '#' heading in the text; the title is the page's only top-level heading, so this one is shown as '##'",
                "Start the heading with '## ' instead of '# '");
        }
    }

    private static void CheckHeadingLevels(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var previous = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level > previous + 1)
            {
                diagnostics.Warning(
                    DiagnosticCodes.HeadingLevelSkipped, heading.Line + 1, heading.Column + 1,
                    $"a level {heading.Level} heading follows " + (previous == 1 ? "the title" : $"a level {previous} heading") + "; screen reader users navigate by heading levels",
                    $"Start it with {new string('#', previous + 1)} instead");
            }

            previous = heading.Level;
        }
    }

    private static void WarnAboutRawHtml(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        const string message = "raw HTML is shown as text, not rendered";
        const string fix = "Use Markdown instead: **bold**, *italic*, [link text](address), - lists";
        foreach (var block in document.Descendants<HtmlBlock>().Where(b => b.Type != HtmlBlockType.Comment))
        {
            diagnostics.Warning(DiagnosticCodes.RawHtml, block.Line + 1, block.Column + 1, message, fix);
        }

        foreach (var inline in document.Descendants<HtmlInline>().Where(i => !i.Tag.StartsWith("<!--", StringComparison.Ordinal)))
        {
            diagnostics.Warning(DiagnosticCodes.RawHtml, inline.Line + 1, inline.Column + 1, message, fix);
        }
    }

    private static List<ArticleLink> CheckLinks(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var links = new List<ArticleLink>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var (line, column) = (link.Line + 1, link.Column + 1);
            if (link.IsImage)
            {
                CheckImage(link, diagnostics, line, column);
                continue;
            }

            if (!UrlSafety.IsSafeLink(link.Url))
            {
                diagnostics.Warning(
                    DiagnosticCodes.UnsafeLink, line, column,
                    $"the link to '{link.Url}' is not a web, email or phone address, so it is shown as plain text",
                    "Link to an address starting with https://, mailto: or tel:, or to another article by its slug");
                Unwrap(link);
                continue;
            }

            if (ParseArticleLink(link.Url, line, column) is { } articleLink)
            {
                links.Add(articleLink);
                link.Url = articleLink.TargetSlug is null
                    ? "#" + articleLink.Anchor
                    : ArticleUrlPrefix + articleLink.TargetSlug + (articleLink.Anchor is null ? string.Empty : "#" + articleLink.Anchor);
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

    private static void CheckImage(LinkInline image, DiagnosticBag diagnostics, int line, int column)
    {
        var hasAlt = image.Descendants<LiteralInline>().Any(l => !l.Content.IsEmptyOrWhitespace());
        if (!UrlSafety.IsLocalImage(image.Url))
        {
            diagnostics.Warning(
                DiagnosticCodes.ExternalImage, line, column,
                $"the image '{image.Url}' is not a file on this site, so it is not shown (loading it would tell another site who reads this page)",
                "Put the image in src/AttachmentGuide.Web/wwwroot/images/ and link it as /images/NAME");
            Unwrap(image);
            return;
        }

        if (!hasAlt)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageWithoutAlt, line, column,
                "the image has no description (alt text) for people who cannot see it",
                "Describe it between the brackets: ![A calm lake at dawn](/images/lake.jpg)");
        }
    }

    private static ArticleLink? ParseArticleLink(string? url, int line, int column)
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

        if (path.StartsWith(ArticleUrlPrefix, StringComparison.Ordinal))
        {
            path = path[ArticleUrlPrefix.Length..].TrimEnd('/');
        }
        else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^3];
            path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        }

        return IsValidSlug(path) ? new ArticleLink(url, path, string.IsNullOrEmpty(anchor) ? null : anchor, line, column) : null;
    }

    private static void Unwrap(LinkInline link)
    {
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

    private static HashSet<string> MakeHeadingIdsAvoidReserved(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var used = headings.Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { } id && ReservedIds.Contains(id))
            {
                var suffix = 1;
                while (used.Contains($"{id}-{suffix}") || ReservedIds.Contains($"{id}-{suffix}"))
                {
                    suffix++;
                }

                attributes.Id = $"{id}-{suffix}";
                used.Add(attributes.Id);
            }
        }

        used.ExceptWith(ReservedIds);
        return used;
    }

    private (List<Block> Lead, List<Section> Sections) SplitIntoSections(MarkdownDocument document)
    {
        var lead = new List<Block>();
        var groups = new List<(HeadingBlock Heading, List<Block> Blocks)>();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                groups.Add((heading, []));
            }
            else if (groups.Count == 0)
            {
                lead.Add(block);
            }
            else
            {
                groups[^1].Blocks.Add(block);
            }
        }

        return (lead, groups.Select(g => BuildSection(g.Heading, g.Blocks, subsectionLevel: 3)).ToList());
    }

    private Section BuildSection(HeadingBlock heading, List<Block> blocks, int? subsectionLevel)
    {
        var intro = blocks;
        var subsections = new List<Section>();
        if (subsectionLevel is { } level)
        {
            var first = blocks.FindIndex(b => b is HeadingBlock h && h.Level == level);
            if (first >= 0)
            {
                intro = blocks[..first];
                var current = new List<Block>();
                HeadingBlock? currentHeading = null;
                foreach (var block in blocks[first..])
                {
                    if (block is HeadingBlock h && h.Level == level)
                    {
                        if (currentHeading is not null)
                        {
                            subsections.Add(BuildSection(currentHeading, current, null));
                        }

                        currentHeading = h;
                        current = [];
                    }
                    else
                    {
                        current.Add(block);
                    }
                }

                subsections.Add(BuildSection(currentHeading!, current, null));
            }
        }

        var headingText = RenderInlinePlainText(heading);
        return new Section(
            heading.GetAttributes().Id ?? string.Empty,
            headingText,
            RenderInlineHtml(heading),
            heading.Level,
            RenderHtml(intro),
            WordCounter.CountIn(headingText) + CountWords(intro) + subsections.Sum(s => s.WordCount),
            subsections);
    }

    private string RenderHtml(IEnumerable<Block> blocks) => Render(blocks, plain: false);

    /// <summary>Counts the words of the blocks' plain text without keeping the text: no reader needs it.</summary>
    private int CountWords(IEnumerable<Block> blocks)
    {
        var (renderer, output) = Renderer(plain: true);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        renderer.Writer.Flush();
        var count = WordCounter.CountIn(output.GetStringBuilder());
        renderer.EnsureLine();
        output.GetStringBuilder().Clear();
        return count;
    }

    private string Render(IEnumerable<Block> blocks, bool plain)
    {
        var (renderer, output) = Renderer(plain);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        return Take(renderer, output);
    }

    private string RenderInlineHtml(HeadingBlock heading) => RenderInline(heading, plain: false);

    private string RenderInlinePlainText(HeadingBlock heading) => RenderInline(heading, plain: true).Trim();

    private string RenderInline(HeadingBlock heading, bool plain)
    {
        var (renderer, output) = Renderer(plain);
        renderer.WriteLeafInline(heading);
        return Take(renderer, output);
    }

    // Setting up a renderer costs more than most fragments; each thread keeps one of each kind and reuses it.
    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringWriter Output, MarkdownPipeline Pipeline)? _htmlRenderer;

    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringWriter Output, MarkdownPipeline Pipeline)? _plainRenderer;

    private (HtmlRenderer Renderer, StringWriter Output) Renderer(bool plain)
    {
        var cached = plain ? _plainRenderer : _htmlRenderer;
        if (cached is { } hit && ReferenceEquals(hit.Pipeline, pipeline))
        {
            return (hit.Renderer, hit.Output);
        }

        var output = new StringWriter();
        var renderer = new HtmlRenderer(output);
        if (plain)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }

        pipeline.Setup(renderer);
        if (plain)
        {
            _plainRenderer = (renderer, output, pipeline);
        }
        else
        {
            _htmlRenderer = (renderer, output, pipeline);
        }

        return (renderer, output);
    }

    private static string Take(HtmlRenderer renderer, StringWriter output)
    {
        renderer.Writer.Flush();
        var text = output.ToString();

        // The renderer remembers whether it ended a line; end it now so the next fragment starts clean.
        renderer.EnsureLine();
        output.GetStringBuilder().Clear();
        return text;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
