using AttachmentGuide.Content;
using AttachmentGuide.Content.Rendering;
using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Builds the content parser and loader one way for the site and the <c>check-content</c> command, so the
/// command reports exactly what the site would serve.
/// </summary>
public static class ContentParsing
{
    /// <summary>What the parser must know about the site: its article address and the ids its layout keeps.</summary>
    public static ArticleParserOptions ParserOptions { get; } = new(SiteUrls.ArticlePrefix, SiteUrls.ReservedIds, SiteUrls.ReservedPageSlugs)
    {
        // site.css: main is at most 42rem wide with 1.25rem padding each side.
        ImageSizes = "(min-width: 42rem) 39.5rem, calc(100vw - 2.5rem)",
    };

    /// <summary>A parser on the site's one Markdown pipeline.</summary>
    public static ArticleParser CreateParser() => new(MarkdownPipelineFactory.Create(), ParserOptions);

    /// <summary>A loader for the command line, on the system clock.</summary>
    public static ContentLoader CreateLoader() => CreateLoader(TimeProvider.System);

    /// <summary>A loader whose snapshots are stamped by <paramref name="time"/>.</summary>
    public static ContentLoader CreateLoader(TimeProvider time) => new(CreateParser(), time);
}
