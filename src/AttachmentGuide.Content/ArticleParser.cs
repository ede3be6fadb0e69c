using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Images;
using AttachmentGuide.Content.Limits;
using AttachmentGuide.Content.Readability;
using AttachmentGuide.Content.Rendering;
using Markdig;
using Markdig.Syntax;
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

    /// <summary>
    /// The slug a title suggests (<c>Coping with grief</c> → <c>coping-with-grief</c>), as tags become topic addresses;
    /// empty when the title has no letter or digit.
    /// </summary>
    public static string ProposeSlug(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return SlugRules.ToSlug(title);
    }

    /// <summary>Parses the text of the file at <paramref name="path"/>; <paramref name="today"/> decides overdue reviews.</summary>
    public ArticleParseResult Parse(string path, string text, DateOnly today) => Parse(path, text, today, ImageCatalog.Empty);

    /// <summary>
    /// Parses the text of the file at <paramref name="path"/>, whose images must be in <paramref name="images"/>.
    /// Never throws for bad text: whatever goes wrong becomes a diagnostic for this file alone.
    /// </summary>
    public ArticleParseResult Parse(string path, string text, DateOnly today, ImageCatalog images) =>
        Parse(path, text, today, images, measureReadingAge: true);

    /// <summary>
    /// As <see cref="Parse(string, string, DateOnly, ImageCatalog)"/>; with <paramref name="measureReadingAge"/> false
    /// the article's <see cref="Article.ReadingAge"/> is left null. Counting the syllables of every word is a large part
    /// of a parse, and no reader's page shows the result, so the site's own loads leave it out
    /// (<see cref="ContentLoadOptions.MeasureReadingAges"/>) and measure it afterwards.
    /// </summary>
    public ArticleParseResult Parse(string path, string text, DateOnly today, ImageCatalog images, bool measureReadingAge)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(images);

        // Handed back only after a finished parse: a renderer an exception interrupted is dropped, not reused.
        var renderer = _renderers.Get();
        try
        {
            var result = Parse(path, text, today, new ImagePolicy(images, Options.ImageSizes), renderer, measureReadingAge);
            _renderers.Return(renderer);
            return result;
        }
#pragma warning disable CA1031 // The last line of defence: one file must never take the site, a reload or check-content down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ArticleParseResult(null, path, null, [ReadFailed(path, ex)]);
        }
    }

    /// <summary>
    /// The diagnostic for a file whose reading failed unexpectedly. It names the exception's type and where it was
    /// thrown, never its message, which may quote the file.
    /// </summary>
    internal static Diagnostic ReadFailed(string path, Exception ex) => new(
        path, null, null, DiagnosticSeverity.Error, DiagnosticCodes.ReadFailed,
        $"the site could not read this file ({ex.GetType().Name} in {ex.TargetSite?.DeclaringType?.FullName ?? "an unknown place"}), so it is left out",
        "Look for unusual structure (very deep lists, quotes or brackets, or a very long line) and simplify it; if the file looks ordinary, send it to the site's developer");

    /// <summary>
    /// The reading age of the file's prose as <see cref="Parse(string, string, DateOnly, ImageCatalog)"/> measures it,
    /// without drawing the article's HTML (the costlier half of a parse); null when the file would be left out for an
    /// error, or has no prose. Never throws for bad text.
    /// </summary>
    public ReadingAge? MeasureReadingAge(string path, string text, DateOnly today, ImageCatalog images)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(images);
        try
        {
            var body = Read(path, text, today, new ImagePolicy(images, Options.ImageSizes));
            return body.Document is null || body.Diagnostics.HasErrors ? null : ProseReader.Measure(body.Document);
        }
#pragma warning disable CA1031 // As Parse: one file's fault is that file's; Parse reports it, this only has no age to give.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private ArticleParseResult Parse(string path, string text, DateOnly today, ImagePolicy images, FragmentRenderer renderer, bool measureReadingAge)
    {
        var body = Read(path, text, today, images);
        var (diagnostics, slug, frontMatter, document) = (body.Diagnostics, body.Slug, body.FrontMatter, body.Document);
        if (frontMatter is null || document is null)
        {
            return new ArticleParseResult(null, path, slug, diagnostics.Items);
        }

        // Reading age: the prose as readers will see it (notes for staff cut, unsafe links made text), before it is split.
        var readingAge = measureReadingAge ? ProseReader.Measure(document) : null;

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
            return new ArticleParseResult(null, path, slug, diagnostics.Items) { UnservedLinks = (body.Links, body.HeadingIds) };
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
            body.HeadingIds,
            body.Links)
        {
            ReadingAge = readingAge,
        };
        return new ArticleParseResult(article, path, slug, diagnostics.Items);
    }

    /// <summary>
    /// Every stage up to the finished Markdown document, which both a parse and a reading-age measurement need.
    /// <see cref="ReadBody.Document"/> is null when the file stops before Markdown (unreadable text, no front matter,
    /// nesting too deep).
    /// </summary>
    private ReadBody Read(string path, string text, DateOnly today, ImagePolicy images)
    {
        var diagnostics = new DiagnosticBag(path);

        // Refused before any parser sees it: too large, invisible control characters (a NUL ends YAML early).
        if (!IsReadableText(text, diagnostics))
        {
            return new ReadBody(diagnostics, SlugRules.Resolve(path, null, diagnostics));
        }

        // Split: BOM and CRLF removed, the front matter cut from the body (its lines blanked, so lines stay the file's).
        var parts = FrontMatterSplitter.Split(TextNormalizer.Normalize(text));

        // Front matter: read as YAML and bound to fields; without it there is no article.
        var frontMatter = FrontMatterReader.Read(parts, diagnostics);
        CompletionMarkers.ReportInFrontMatter(parts.IsClosed ? parts.Yaml : null, diagnostics);

        // Slug: from 'slug:' or the file name, even for a broken file (the loader needs the address it claims).
        var slug = SlugRules.Resolve(path, frontMatter, diagnostics);
        if (frontMatter is null)
        {
            return new ReadBody(diagnostics, slug);
        }

        // Required fields: title and summary; an overdue clinical review.
        FrontMatterReader.CheckRequiredFields(frontMatter, diagnostics, today);

        // Nesting: measured in one cheap pass, so Markdig never meets what would stall it or make it throw.
        if (MarkdownNestingScanner.Find(parts.Body) is { } nesting)
        {
            diagnostics.Error(
                DiagnosticCodes.TooDeeplyNested, nesting.Line, nesting.Column,
                $"{nesting.What}; the site reads at most {ContentLimits.MaxBlockNesting} levels, so the article is left out",
                "Use fewer levels of quotes, lists, brackets or emphasis: an article rarely needs more than three");
            return new ReadBody(diagnostics, slug);
        }

        // Markdown: the body parsed with the site's one pipeline.
        var document = Markdown.Parse(parts.Body, _pipeline);

        // Attribute blocks: only a heading's '{#id}' is kept, so no author can put classes or handlers on the page.
        AttributeRules.Apply(document, diagnostics);

        // Headings: '#' moved down a level, skipped levels reported, the layout's ids left to the layout.
        var headingIds = _headings.Apply(document, diagnostics);

        // Raw HTML: reported where it is (the pipeline shows it as text).
        RawHtmlRule.Report(document, diagnostics);

        // Notes for staff: each 'TO COMPLETE' reported, and cut from what readers see.
        CompletionMarkers.Apply(document, diagnostics);

        // Links: unsafe ones and images not in the images folder made text; links to articles rewritten to their address.
        var links = _links.Apply(document, diagnostics, images);
        return new ReadBody(diagnostics, slug, frontMatter, document, links, headingIds);
    }

    /// <summary>What <see cref="Read"/> found: the document and front matter only when the file got that far.</summary>
    private sealed record ReadBody(
        DiagnosticBag Diagnostics,
        string? Slug,
        FrontMatter? FrontMatter = null,
        MarkdownDocument? Document = null,
        List<ArticleLink>? LinksFound = null,
        HashSet<string>? HeadingIdsFound = null)
    {
        public IReadOnlyList<ArticleLink> Links => LinksFound ?? [];

        public IReadOnlySet<string> HeadingIds => HeadingIdsFound ?? new HashSet<string>();
    }

    private static bool IsReadableText(string text, DiagnosticBag diagnostics)
    {
        if (text.Length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Error(
                DiagnosticCodes.TooLarge, null, null,
                $"the file holds {text.Length:N0} characters; the site reads at most {ContentLimits.MaxFileBytes:N0}",
                "Split it into several articles");
            return false;
        }

        if (ControlCharacterScanner.Find(text) is { } control)
        {
            diagnostics.Error(
                DiagnosticCodes.UnreadableFile, control.Line, control.Column,
                $"the file contains an invisible control character, {ControlCharacterScanner.Describe(control.Character)}, here",
                "Delete it (it usually comes from pasting from a PDF or a word processor) and save the file as plain UTF-8 text");
            return false;
        }

        return true;
    }
}
