using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Web.Hosting;

/// <summary>Absolute addresses for canonical links, the sitemap and the feed.</summary>
public static class SiteUrls
{
    /// <summary>
    /// The site's public address: <c>base_url</c> from site.yml when set (so a forged Host header
    /// cannot change canonical links), else the address the request came in on.
    /// </summary>
    public static string BaseUrl(HttpRequest request, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(site);
        return site.BaseUrl ?? $"{request.Scheme}://{request.Host.Value}";
    }

    /// <summary>The absolute address of a path on this site.</summary>
    public static string Absolute(HttpRequest request, SiteSettings site, string path) => BaseUrl(request, site) + path;

    public static string Article(string slug) => "/guide/" + slug;
}
