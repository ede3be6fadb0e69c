using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Topics;

/// <summary>
/// The "Related reading" under an article: articles sharing the most tags with it first (then home-page order),
/// then what <see cref="ISimilarArticles"/> finds; never the article itself, never one twice.
/// </summary>
public sealed class RelatedReading(ISimilarArticles similar)
{
    /// <summary>How many related articles an article shows at most.</summary>
    public const int MaxShown = 3;

    /// <summary>Up to <see cref="MaxShown"/> articles of <paramref name="library"/> related to <paramref name="article"/>.</summary>
    public IReadOnlyList<Article> For(ContentLibrary library, Article article)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(article);
        var topics = article.Metadata.Tags.Select(Topic.SlugFor).ToHashSet(StringComparer.Ordinal);

        // library.All is already in home-page order (order, then title), and OrderByDescending is stable.
        var related = library.All
            .Where(a => a.Slug != article.Slug)
            .Select(a => (Article: a, Shared: a.Metadata.Tags.Select(Topic.SlugFor).Distinct(StringComparer.Ordinal).Count(topics.Contains)))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared)
            .Select(c => c.Article)
            .Take(MaxShown)
            .ToList();
        if (related.Count < MaxShown)
        {
            foreach (var slug in similar.SimilarTo(article.Slug, MaxShown + 1))
            {
                if (related.Count < MaxShown && slug != article.Slug && related.TrueForAll(a => a.Slug != slug) && library.TryGet(slug, out var found))
                {
                    related.Add(found);
                }
            }
        }

        return related;
    }
}
