using System.Globalization;
using System.Text;
using System.Xml.Linq;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Feeds;

/// <summary>/sitemap.xml, /feed.xml (Atom) and /robots.txt, built from the content snapshot.</summary>
public static class FeedEndpoints
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // Feed readers and uptime monitors probe with HEAD; MapGet alone would answer them 404.
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapFeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/sitemap.xml", ReadMethods, (HttpContext http, SiteContent content) =>
        {
            var library = content.Library;
            var paths = new List<(string Path, DateOnly? Modified)> { ("/", null) };
            paths.AddRange(library.Pages.Select(p => (SiteUrls.Page(p.Slug), p.Metadata.Reviewed ?? p.Metadata.Published)));
            paths.AddRange(library.All.Select(a => (SiteUrls.Article(a.Slug), a.Metadata.Reviewed ?? a.Metadata.Published)));
            paths.Add((Topics.TopicUrls.Index, null));
            paths.AddRange(library.Topics.Select(t => (Topics.TopicUrls.Topic(t.Slug), (DateOnly?)null)));
            var xml = new XElement(
                Sitemap + "urlset",
                paths.Select(p => new XElement(
                    Sitemap + "url",
                    new XElement(Sitemap + "loc", SiteUrls.Absolute(http.Request, library.Site, p.Path)),
                    p.Modified is { } modified ? new XElement(Sitemap + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
            return Xml(xml, "application/xml");
        }).CacheOutput(ContentCaching.PolicyName);

        app.MapMethods("/feed.xml", ReadMethods, (HttpContext http, SiteContent content) =>
        {
            var library = content.Library;
            var baseUrl = SiteUrls.BaseUrl(http.Request, library.Site);
            var articles = library.All.OrderByDescending(a => a.Metadata.Published ?? DateOnly.MinValue).ToList();
            var updated = articles.Select(a => a.Metadata.Reviewed ?? a.Metadata.Published).Max() ?? DateOnly.FromDateTime(library.LoadedAt.UtcDateTime);
            var xml = new XElement(
                Atom + "feed",
                new XElement(Atom + "title", library.Site.Name),
                new XElement(Atom + "subtitle", library.Site.Tagline),
                new XElement(Atom + "id", baseUrl + "/"),
                new XElement(Atom + "link", new XAttribute("href", baseUrl + "/")),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl + "/feed.xml")),
                new XElement(Atom + "updated", AtomDate(updated)),
                new XElement(Atom + "author", new XElement(Atom + "name", library.Site.ClinicName ?? library.Site.Name)),
                articles.Select(a => new XElement(
                    Atom + "entry",
                    new XElement(Atom + "title", a.Title),
                    new XElement(Atom + "id", baseUrl + SiteUrls.Article(a.Slug)),
                    new XElement(Atom + "link", new XAttribute("href", baseUrl + SiteUrls.Article(a.Slug))),
                    new XElement(Atom + "updated", AtomDate(a.Metadata.Reviewed ?? a.Metadata.Published ?? updated)),
                    a.Metadata.Published is { } published ? new XElement(Atom + "published", AtomDate(published)) : null,
                    new XElement(Atom + "summary", a.Summary))));
            return Xml(xml, "application/atom+xml");
        }).CacheOutput(ContentCaching.PolicyName);

        app.MapMethods("/robots.txt", ReadMethods, (HttpContext http, SiteContent content) =>
        {
            var sitemap = SiteUrls.Absolute(http.Request, content.Library.Site, "/sitemap.xml");
            return Results.Text($"User-agent: *\nDisallow: /staff/\nDisallow: /contact/thanks\n\nSitemap: {sitemap}\n", "text/plain", Encoding.UTF8);
        }).CacheOutput(ContentCaching.PolicyName);
        return app;
    }

    private static string AtomDate(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    private static IResult Xml(XElement root, string contentType) =>
        Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root, contentType, Encoding.UTF8);
}
