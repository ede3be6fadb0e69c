namespace AttachmentGuide.Content;

/// <summary>A tag as readers see it: one topic page for every spelling of the tag that makes the same address.</summary>
/// <param name="Slug">The address part, <c>/topics/SLUG</c>, e.g. <c>emotional-regulation</c>.</param>
/// <param name="Name">The tag as first written in home-page order, e.g. <c>emotional regulation</c>.</param>
/// <param name="Articles">The articles with the tag, in home-page order.</param>
public sealed record Topic(string Slug, string Name, IReadOnlyList<Article> Articles)
{
    /// <summary>The topic's address part for <paramref name="tag"/>: the same for every spelling of one tag.</summary>
    public static string SlugFor(string tag) => SlugRules.ToSlug(tag);

    /// <summary>Every topic of <paramref name="articles"/> (given in home-page order), sorted by name.</summary>
    internal static List<Topic> From(IReadOnlyList<Article> articles) =>
        articles
            .SelectMany(a => a.Metadata.Tags.Select(tag => (Tag: tag, Slug: SlugFor(tag), Article: a)))
            .Where(t => t.Slug.Length > 0)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .Select(g => new Topic(g.Key, g.First().Tag, g.Select(t => t.Article).Distinct().ToList()))
            .OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
}
