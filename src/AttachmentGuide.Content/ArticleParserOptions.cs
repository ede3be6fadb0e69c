using System.Collections.Frozen;

namespace AttachmentGuide.Content;

/// <summary>
/// What the site around the articles decides and the parser must respect: where articles are served and
/// which element ids the article page's layout uses itself. The web project supplies them; the Content
/// library knows no addresses or page ids of its own.
/// </summary>
public sealed class ArticleParserOptions
{
    /// <summary>Checks and keeps the options; throws <see cref="ArgumentException"/> for a prefix or id that cannot work.</summary>
    /// <param name="articleUrlPrefix">Where articles are served, starting and ending with <c>/</c>, e.g. <c>/guide/</c>.</param>
    /// <param name="reservedIds">The ids the article page's layout uses, e.g. <c>top</c> and <c>main</c>.</param>
    /// <param name="reservedPageSlugs">
    /// The first path segments the site uses itself (<c>contact</c>, <c>guide</c>, <c>feed.xml</c>…), which no
    /// page may take, since pages are served at <c>/SLUG</c>.
    /// </param>
    public ArticleParserOptions(string articleUrlPrefix, IEnumerable<string> reservedIds, IEnumerable<string>? reservedPageSlugs = null)
    {
        ArgumentNullException.ThrowIfNull(articleUrlPrefix);
        ArgumentNullException.ThrowIfNull(reservedIds);
        if (articleUrlPrefix.Length < 2 || articleUrlPrefix[0] != '/' || articleUrlPrefix[^1] != '/')
        {
            throw new ArgumentException($"The article address prefix '{articleUrlPrefix}' must start and end with '/', like '/guide/'.", nameof(articleUrlPrefix));
        }

        var ids = reservedIds.ToFrozenSet(StringComparer.Ordinal);
        if (ids.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A reserved id must not be empty.", nameof(reservedIds));
        }

        ArticleUrlPrefix = articleUrlPrefix;
        ReservedIds = ids;
        ReservedPageSlugs = (reservedPageSlugs ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Addresses no page may take: a page with one of these slugs is an error and is left out.</summary>
    public IReadOnlySet<string> ReservedPageSlugs { get; }

    /// <summary>Where articles are served; links to other articles are rewritten to it.</summary>
    public string ArticleUrlPrefix { get; }

    /// <summary>
    /// Ids the article page's layout uses itself: headings must not take them, and links to them
    /// (<c>#top</c>) are valid on every article.
    /// </summary>
    public IReadOnlySet<string> ReservedIds { get; }

    /// <summary>How wide the layout shows an article's image, as an HTML <c>sizes</c> attribute (the browser picks a width from it).</summary>
    public string ImageSizes { get; init; } = "100vw";
}
