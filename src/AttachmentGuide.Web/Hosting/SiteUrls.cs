using AttachmentGuide.Content.Site;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// The site's addresses: where articles are served, the ids its pages keep for themselves, and absolute
/// addresses for canonical links, the sitemap and the feed. The one place that knows them: the content
/// parser is given them from here (<see cref="Content.ContentParsing"/>); the article page's
/// <c>@page</c> route can only be a literal, so a test pins it to <see cref="ArticlePrefix"/>.
/// </summary>
public static class SiteUrls
{
    /// <summary>Where articles are served: <c>/guide/SLUG</c>.</summary>
    public const string ArticlePrefix = "/guide/";

    /// <summary>
    /// Element ids the layout and the article page use themselves (Pages/Shared/_Layout.cshtml, _OnThisPage,
    /// _CrisisHelp, Guide/Article.cshtml): article headings must not take them, and links to them are valid.
    /// </summary>
    public static IReadOnlyList<string> ReservedIds { get; } =
        ["top", "main", "quick-exit", "quick-exit-hint", "on-this-page", "reach-out", "crisis-help", "related-reading", "site-search"];

    /// <summary>
    /// First path segments the site answers itself: its routes, feeds, health checks and static asset folders.
    /// Pages are served at <c>/SLUG</c>, so no page may take one of these (check-content says so, naming the
    /// file); a test holds this list to the routes and wwwroot entries the site really has.
    /// </summary>
    public static IReadOnlyList<string> ReservedPageSlugs { get; } =
    [
        "guide", "contact", "staff", "topics", "search", "health", "error", "status",
        "feed.xml", "sitemap.xml", "robots.txt", "css", "js", "images", "img", "lib",
        "favicon.svg", "favicon-neutral.svg", "favicon.ico",
    ];

    /// <summary>
    /// The site's public address: the deployment's <c>Site:BaseUrl</c> when set, else <c>base_url</c> from
    /// site.yml (so a forged Host header cannot change canonical links), else the address the request came in on.
    /// </summary>
    public static string BaseUrl(HttpRequest request, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(site);
        var configured = request.HttpContext.RequestServices.GetService<IOptions<SiteOptions>>()?.Value.NormalizedBaseUrl;
        return configured ?? site.BaseUrl ?? $"{request.Scheme}://{request.Host.Value}";
    }

    /// <summary>The absolute address of a path on this site.</summary>
    public static string Absolute(HttpRequest request, SiteSettings site, string path) => BaseUrl(request, site) + path;

    /// <summary>The address of a standalone page (<c>content/pages/SLUG.md</c>).</summary>
    public static string Page(string slug) => "/" + slug;

    /// <summary>The address of an article.</summary>
    public static string Article(string slug) => ArticlePrefix + slug;
}
