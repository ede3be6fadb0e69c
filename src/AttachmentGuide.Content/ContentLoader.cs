using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Images;
using AttachmentGuide.Content.Readability;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content;

/// <summary>
/// Loads a content folder (<c>site.yml</c>, <c>articles/*.md</c>, <c>pages/*.md</c>) into a
/// <see cref="ContentLibrary"/>. The only part of the library that touches the disk.
/// </summary>
/// <param name="parser">Parses each file.</param>
/// <param name="time">Stamps each snapshot with when it was built.</param>
public sealed class ContentLoader(ArticleParser parser, TimeProvider time)
{
    /// <summary>The settings file inside the content folder.</summary>
    public const string SiteFileName = "site.yml";

    /// <summary>The folder of articles inside the content folder.</summary>
    public const string ArticlesFolder = "articles";

    /// <summary>The folder of standalone pages inside the content folder.</summary>
    public const string PagesFolder = "pages";

    /// <summary>The folder of images inside the content folder, served at <c>/images/</c>.</summary>
    public const string ImagesFolder = "images";

    /// <summary>
    /// Loads <paramref name="contentRoot"/>. A file with an error is left out, unless
    /// <paramref name="previous"/> holds an earlier good version of it, which is kept.
    /// </summary>
    public ContentLoadResult Load(string contentRoot, ContentLoadOptions options, ContentLibrary? previous = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        contentRoot = Path.GetFullPath(contentRoot);
        var diagnostics = new List<Diagnostic>();

        // 1. Settings: read site.yml; if it cannot be read at all, keep the last good settings (the clinic's
        //    phone and crisis lines), or fall back to safe defaults at startup.
        var siteDiagnosticsFrom = diagnostics.Count;
        var site = LoadSite(contentRoot, diagnostics);
        if (previous is not null && diagnostics.Skip(siteDiagnosticsFrom).Any(d => d.Code is DiagnosticCodes.SiteSyntax or DiagnosticCodes.UnreadableFile or DiagnosticCodes.TooLarge or DiagnosticCodes.ReadFailed))
        {
            site = previous.Site;
        }
        else if (previous is not null && site.CrisisLinesBroken)
        {
            // A crisis number must never vanish from the live site because of a typo: keep the last good lines.
            site = site with { CrisisLines = previous.Site.CrisisLines };
        }

        // 1b. Images: each file's format, size and hash from its bytes, so the parser can check and size every image
        //     (an unchanged file keeps what the last snapshot read from it).
        var images = ImageFolderReader.Read(Path.Combine(contentRoot, ImagesFolder), previous?.Images);

        // 2. Files the site would not read are named, not silently skipped. Then every Markdown file is read
        //    and parsed, in parallel: parsing is pure.
        diagnostics.AddRange(StrayFiles.Find(contentRoot));
        var articleResults = ParseFolder(Path.Combine(contentRoot, ArticlesFolder), options, images);
        var pageResults = ParseFolder(Path.Combine(contentRoot, PagesFolder), options, images);
        diagnostics.AddRange(articleResults.Concat(pageResults).SelectMany(r => r.Diagnostics));
        diagnostics.AddRange(ReadingAgeRule.Check(articleResults.Select(r => (r.FilePath, r.Article?.ReadingAge)), site.ReadingAgeWarningAbove));

        // 3. Slugs: a draft never takes a published article's address (hidden drafts claim nothing at all);
        //    otherwise the first file (by path) keeps a slug and later claimants are errors.
        var candidates = options.IncludeDrafts ? articleResults : articleResults.Where(r => r.Article is not { Metadata.Draft: true }).ToList();
        var articles = KeepUniqueSlugs(candidates, diagnostics);
        var pageCandidates = options.IncludeDrafts ? pageResults : pageResults.Where(r => r.Article is not { Metadata.Draft: true }).ToList();
        var pages = KeepUniqueSlugs(RefuseReservedSlugs(pageCandidates, diagnostics), diagnostics);

        // 4. Keep the last good version of a file that is now broken, so a bad save never takes an article down.
        if (previous is not null)
        {
            articles = KeepLastGood(articles, articleResults, previous.All);
            pages = KeepLastGood(pages, pageResults, PagesOf(previous, pageResults));
        }

        // 5. Links between articles and to anchors, now that every article is known.
        //    A file with an error is checked as it is now written (not as the last good copy still served).
        var unserved = articleResults.Concat(pageResults).Where(r => r.Article is null && r.UnservedLinks is not null).ToList();
        var unservedPaths = unserved.Select(r => r.FilePath).ToHashSet(StringComparer.Ordinal);
        var linkSources = articles.Concat(pages)
            .Where(a => !unservedPaths.Contains(a.SourcePath))
            .Select(a => (a.SourcePath, a.Links, a.HeadingIds))
            .Concat(unserved.Select(r => (r.FilePath, r.UnservedLinks!.Value.Links, r.UnservedLinks.Value.HeadingIds)))
            .ToList();
        CheckLinks(linkSources, articles, parser.Options.ReservedIds, diagnostics);

        // 6. Drafts are left out unless asked for; ordering happens in the library.
        var served = options.IncludeDrafts ? articles : articles.Where(a => !a.Metadata.Draft).ToList();

        // 7. Aliases of what is served become redirects; a bad or colliding one is dropped, its file still served.
        var redirects = AliasRules.Resolve(served, pages, parser.Options, diagnostics);
        var ordered = diagnostics
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0)
            .ThenBy(d => d.Column ?? 0)
            .ToList();
        return new ContentLoadResult(new ContentLibrary(served, pages, site, time.GetUtcNow()) { Images = images, Redirects = redirects }, ordered);
    }

    /// <summary>
    /// The reading-age warnings (AG0230) a load of <paramref name="contentRoot"/> with
    /// <see cref="ContentLoadOptions.MeasureReadingAges"/> would have given, for <paramref name="library"/>, loaded from
    /// it without them. One file at a time and without drawing any HTML, so that it can run beside a serving site
    /// without holding a second copy of the articles. A file changed since the load is measured as it is now; the
    /// reload that change brings measures it again.
    /// </summary>
    public IReadOnlyList<Diagnostic> CheckReadingAges(string contentRoot, ContentLoadOptions options, ContentLibrary library, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(library);
        var folder = Path.Combine(Path.GetFullPath(contentRoot), ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var ages = MarkdownFiles(folder).Select(file =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return (file, ContentFileReader.TryRead(file, out var text, out _) ? parser.MeasureReadingAge(file, text, options.Today, library.Images) : null);
        });
        return ReadingAgeRule.Check(ages, library.Site.ReadingAgeWarningAbove).ToList();
    }

    private static SiteSettings LoadSite(string contentRoot, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(contentRoot, SiteFileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(
                path, null, null, DiagnosticSeverity.Warning, DiagnosticCodes.SiteMissingKey,
                Directory.Exists(contentRoot) ? "site.yml is missing; the site uses its default settings" : "the content folder does not exist",
                "Create content/site.yml with at least 'name:', 'tagline:' and 'crisis_text:' (see the README)"));
            return SiteSettings.Defaults;
        }

        if (!ContentFileReader.TryRead(path, out var text, out var problem))
        {
            diagnostics.Add(problem!);
            return SiteSettings.Defaults;
        }

        try
        {
            var (settings, found) = SiteSettingsParser.Parse(path, text);
            diagnostics.AddRange(found);
            return settings;
        }
#pragma warning disable CA1031 // The last line of defence: site.yml must never take the site, a reload or check-content down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Add(ArticleParser.ReadFailed(path, ex));
            return SiteSettings.Defaults;
        }
    }

    private List<ArticleParseResult> ParseFolder(string folder, ContentLoadOptions options, ImageCatalog images)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return MarkdownFiles(folder)
            .AsParallel()
            .AsOrdered()
            .Select(file => ContentFileReader.TryRead(file, out var text, out var problem)
                ? parser.Parse(file, text, options.Today, images, options.MeasureReadingAges)
                : new ArticleParseResult(null, file, null, [problem!]))
            .ToList();
    }

    private static List<string> MarkdownFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static List<Article> KeepUniqueSlugs(List<ArticleParseResult> results, List<Diagnostic> diagnostics)
    {
        // Only a file that parsed claims its slug: a broken file must not take a good one down with it.
        // Published files claim first (OrderBy is stable, so by path within each group).
        var owners = new Dictionary<string, ArticleParseResult>(StringComparer.Ordinal);
        var kept = new List<Article>();
        foreach (var result in results.Where(r => r.Article is not null).OrderBy(r => r.Article!.Metadata.Draft))
        {
            if (owners.TryGetValue(result.Slug!, out var owner))
            {
                diagnostics.Add(result.Article!.Metadata.Draft && !owner.Article!.Metadata.Draft
                    ? DraftSharesSlug(result.FilePath, result.Slug!, owner.FilePath)
                    : DuplicateSlug(result.FilePath, result.Slug!, owner.FilePath));
                continue;
            }

            owners[result.Slug!] = result;
            kept.Add(result.Article!);
        }

        foreach (var broken in results.Where(r => r.Article is null && r.Slug is not null))
        {
            if (owners.TryGetValue(broken.Slug!, out var owner))
            {
                diagnostics.Add(DuplicateSlug(broken.FilePath, broken.Slug!, owner.FilePath));
            }
        }

        return kept;
    }

    private List<ArticleParseResult> RefuseReservedSlugs(List<ArticleParseResult> pages, List<Diagnostic> diagnostics)
    {
        var reserved = parser.Options.ReservedPageSlugs;
        foreach (var page in pages.Where(p => p.Article is not null && reserved.Contains(p.Slug!)))
        {
            diagnostics.Add(new Diagnostic(
                page.FilePath, null, null, DiagnosticSeverity.Error, DiagnosticCodes.ReservedPageSlug,
                $"the page {Path.GetFileName(page.FilePath)} would be served at '/{page.Slug}', an address the site uses itself, so it is left out",
                $"Rename the file (or set 'slug:'); these addresses are taken: {string.Join(", ", reserved.Order(StringComparer.Ordinal))}"));
        }

        return pages.Where(p => p.Article is null || !reserved.Contains(p.Slug!)).ToList();
    }

    private static Diagnostic DuplicateSlug(string path, string slug, string owner) => new(
        path, null, null, DiagnosticSeverity.Error, DiagnosticCodes.DuplicateSlug,
        $"the slug '{slug}' is already used by {Path.GetFileName(owner)} ({owner}), so this file is left out",
        "Give one of the two files a different 'slug:' (or file name)");

    private static Diagnostic DraftSharesSlug(string path, string slug, string published) => new(
        path, null, null, DiagnosticSeverity.Warning, DiagnosticCodes.DraftSharesSlug,
        $"this draft has the slug '{slug}' of the published {Path.GetFileName(published)} ({published}), which keeps its address; the draft is not shown",
        "To preview the rewrite, give the draft its own 'slug:' for now; when it is ready, move its text into the published file");

    private static List<Article> KeepLastGood(List<Article> current, List<ArticleParseResult> results, IEnumerable<Article> previous)
    {
        var brokenPaths = results
            .Where(r => r.Article is null)
            .Select(r => r.FilePath)
            .ToHashSet(StringComparer.Ordinal);
        var slugs = current.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var merged = new List<Article>(current);
        foreach (var article in previous)
        {
            if (brokenPaths.Contains(article.SourcePath) && slugs.Add(article.Slug))
            {
                merged.Add(article);
            }
        }

        return merged;
    }

    private static IEnumerable<Article> PagesOf(ContentLibrary previous, List<ArticleParseResult> results) =>
        results.Select(r => r.Slug).OfType<string>()
            .Select(slug => previous.TryGetPage(slug, out var page) ? page : null)
            .OfType<Article>();

    private static void CheckLinks(
        List<(string SourcePath, IReadOnlyList<ArticleLink> Links, IReadOnlySet<string> HeadingIds)> sources,
        List<Article> articles,
        IReadOnlySet<string> reservedIds,
        List<Diagnostic> diagnostics)
    {
        var bySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var link in source.Links)
            {
                var targetIds = source.HeadingIds;
                if (link.TargetSlug is not null && bySlug.TryGetValue(link.TargetSlug, out var target))
                {
                    targetIds = target.HeadingIds;
                }
                else if (link.TargetSlug is not null)
                {
                    diagnostics.Add(new Diagnostic(
                        source.SourcePath, link.Line, link.Column, DiagnosticSeverity.Warning, DiagnosticCodes.BrokenLink,
                        $"the link '{link.AsWritten}' points to an article that does not exist",
                        $"Check the slug; the articles are: {string.Join(", ", bySlug.Keys.Order(StringComparer.Ordinal))}"));
                    continue;
                }

                if (link.Anchor is not null && !targetIds.Contains(link.Anchor) && !reservedIds.Contains(link.Anchor))
                {
                    diagnostics.Add(new Diagnostic(
                        source.SourcePath, link.Line, link.Column, DiagnosticSeverity.Warning, DiagnosticCodes.BrokenAnchor,
                        $"the link '{link.AsWritten}' points to a section that does not exist",
                        targetIds.Count == 0
                            ? "That article has no headings to link to"
                            : $"Use one of: {string.Join(", ", targetIds.Order(StringComparer.Ordinal).Select(id => "#" + id))}"));
                }
            }
        }
    }
}
