using AttachmentGuide.Content.Images;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content;

/// <summary>A frozen snapshot of the site's content: articles in home-page order, standalone pages and settings.</summary>
public sealed class ContentLibrary
{
    private readonly Dictionary<string, Article> _bySlug;
    private readonly Dictionary<string, Article> _pages;
    private readonly Dictionary<string, Topic> _topics;

    /// <summary>Builds the snapshot. Articles are ordered by <c>order</c>, then title.</summary>
    public ContentLibrary(IEnumerable<Article> articles, IEnumerable<Article> pages, SiteSettings site, DateTimeOffset loadedAt)
    {
        All = articles
            .OrderBy(a => a.Metadata.Order)
            .ThenBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        _bySlug = All.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Pages = pages
            .OrderBy(p => p.Metadata.Order)
            .ThenBy(p => p.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        _pages = Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        NavPages = Pages.Where(p => p.Metadata.Nav).ToList();
        Topics = Topic.From(All);
        // Case-insensitive like the output cache in front of it, so /topics/Sleep answers as /topics/sleep does.
        _topics = Topics.ToDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase);
        Tags = All.SelectMany(a => a.Metadata.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Site = site;
        LoadedAt = loadedAt;
    }

    /// <summary>An empty library on default settings, for a site whose content folder is missing.</summary>
    public static ContentLibrary Empty { get; } = new([], [], SiteSettings.Defaults, DateTimeOffset.UnixEpoch);

    /// <summary>Every article served, in home-page order.</summary>
    public IReadOnlyList<Article> All { get; }

    /// <summary>Every standalone page served, by <c>order</c>, then title.</summary>
    public IReadOnlyList<Article> Pages { get; }

    /// <summary>The pages marked <c>nav: true</c>, for the site's navigation, in the same order.</summary>
    public IReadOnlyList<Article> NavPages { get; }

    /// <summary>Every tag used, sorted.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Every topic (tags of the same address together), sorted by name.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Old addresses (<c>aliases:</c>) and the current address each redirects to, both local paths.</summary>
    public IReadOnlyDictionary<string, string> Redirects { get; init; } = new Dictionary<string, string>();

    /// <summary>The images folder as this snapshot read it: what <c>/images/</c> serves.</summary>
    public ImageCatalog Images { get; init; } = ImageCatalog.Empty;

    /// <summary>The site settings.</summary>
    public SiteSettings Site { get; }

    /// <summary>When this snapshot was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Identifies this snapshot (for HTTP validators); a new snapshot has a new version.</summary>
    public string Version { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Finds an article by slug.</summary>
    public bool TryGet(string slug, out Article article) => _bySlug.TryGetValue(slug, out article!);

    /// <summary>Finds a standalone page (such as <c>privacy</c>) by slug.</summary>
    public bool TryGetPage(string slug, out Article page) => _pages.TryGetValue(slug, out page!);

    /// <summary>Finds a topic by its address part (<see cref="Topic.Slug"/>).</summary>
    public bool TryGetTopic(string slug, out Topic topic) => _topics.TryGetValue(slug, out topic!);

    /// <summary>Finds where an old address (an alias) now lives.</summary>
    public bool TryGetRedirect(string path, out string target) => Redirects.TryGetValue(path, out target!);

    /// <summary>The articles with a tag, in home-page order.</summary>
    public IReadOnlyList<Article> ByTag(string tag) =>
        All.Where(a => a.Metadata.Tags.Contains(tag, StringComparer.Ordinal)).ToList();
}
