using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Rendering;
using Markdig;
using Microsoft.Extensions.ObjectPool;

namespace AttachmentGuide.Content;

/// <summary>
/// Turns the text of one Markdown file into an <see cref="Article"/> and its diagnostics.
/// Pure: it reads no files, so it is safe to call in parallel.
/// </summary>
public sealed class ArticleParser
{
    private const int WordsPerMinute = 200;

    private readonly MarkdownPipeline _pipeline;
    private readonly HeadingRules _headings;
    private readonly LinkPolicy _links;

    // Setting up a renderer costs more than most fragments: parses running at the same time each take one
    // from the pool and give it back, so a load of any size sets up about one per thread.
    private readonly DefaultObjectPool<FragmentRenderer> _renderers;

    /// <summary>Creates a parser for one site.</summary>
    /// <param name="pipeline">The pipeline from <see cref="MarkdownPipelineFactory"/>.</param>
    /// <param name="options">The site's article address and reserved ids.</param>
    public ArticleParser(MarkdownPipeline pipeline, ArticleParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = pipeline;
        Options = options;
        _headings = new HeadingRules(options.ReservedIds);
        _links = new LinkPolicy(options.ArticleUrlPrefix);
        _renderers = new DefaultObjectPool<FragmentRenderer>(new FragmentRendererPolicy(pipeline));
    }

    /// <summary>The site's article address and reserved ids, as given.</summary>
    public ArticleParserOptions Options { get; }

    /// <summary>True when <paramref name="slug"/> is lowercase letters and digits joined by single hyphens.</summary>
    public static bool IsValidSlug(string slug) => SlugRules.IsValid(slug);

    /// <summary>Parses the text of the file at <paramref name="path"/>; <paramref name="today"/> decides overdue reviews.</summary>
    public ArticleParseResult Parse(string path, string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);

        // Handed back only after a finished parse: a renderer an exception interrupted is dropped, not reused.
        var renderer = _renderers.Get();
        var result = Parse(path, text, today, renderer);
        _renderers.Return(renderer);
        return result;
    }

    private ArticleParseResult Parse(string path, string text, DateOnly today, FragmentRenderer renderer)
    {
        var diagnostics = new DiagnosticBag(path);

        // Split: BOM and CRLF removed, the front matter cut from the body (its lines blanked, so lines stay the file's).
        var parts = FrontMatterSplitter.Split(TextNormalizer.Normalize(text));

        // Front matter: read as YAML and bound to fields; without it there is no article.
        var frontMatter = FrontMatterReader.Read(parts, diagnostics);
        CompletionMarkers.ReportInFrontMatter(parts.IsClosed ? parts.Yaml : null, diagnostics);

        // Slug: from 'slug:' or the file name, even for a broken file (the loader needs the address it claims).
        var slug = SlugRules.Resolve(path, frontMatter, diagnostics);
        if (frontMatter is null)
        {
            return new ArticleParseResult(null, path, slug, diagnostics.Items);
        }

        // Required fields: title and summary; an overdue clinical review.
        FrontMatterReader.CheckRequiredFields(frontMatter, diagnostics, today);

        // Markdown: the body parsed with the site's one pipeline.
        var document = Markdown.Parse(parts.Body, _pipeline);

        // Headings: '#' moved down a level, skipped levels reported, the layout's ids left to the layout.
        var headingIds = _headings.Apply(document, diagnostics);

        // Raw HTML: reported where it is (the pipeline shows it as text).
        RawHtmlRule.Report(document, diagnostics);

        // Notes for staff: each 'TO COMPLETE' reported, and cut from what readers see.
        CompletionMarkers.Apply(document, diagnostics);

        // Links: unsafe ones and other sites' images made text; links to articles rewritten to their address.
        var links = _links.Apply(document, diagnostics);

        // Sections: split at '##' and '###', each rendered to HTML with its word count.
        var (leadBlocks, sections) = SectionBuilder.Build(document, renderer);
        if (sections.Count == 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.NoSections, null, null,
                "the article has no '##' sections, so its page has no contents list",
                "Divide the text with headings that start with '## '");
        }

        // Result: an article only when nothing was an error.
        if (diagnostics.HasErrors)
        {
            return new ArticleParseResult(null, path, slug, diagnostics.Items) { UnservedLinks = (links, headingIds) };
        }

        var wordCount = renderer.CountWords(leadBlocks) + sections.Sum(s => s.WordCount);
        var article = new Article(
            slug!,
            frontMatter.Title!,
            frontMatter.Subtitle,
            frontMatter.Summary!,
            frontMatter.Metadata,
            renderer.Html(leadBlocks),
            sections,
            wordCount,
            Math.Max(1, (int)Math.Round(wordCount / (double)WordsPerMinute, MidpointRounding.AwayFromZero)),
            path,
            headingIds,
            links);
        return new ArticleParseResult(article, path, slug, diagnostics.Items);
    }
}
