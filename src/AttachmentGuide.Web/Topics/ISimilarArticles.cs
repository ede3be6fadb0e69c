namespace AttachmentGuide.Web.Topics;

/// <summary>
/// Articles like a given one by their words, from the search engine: it fills the related-reading slots that
/// shared tags leave empty. The site registers <see cref="NoSimilarArticles"/> unless a search index registers itself.
/// </summary>
public interface ISimilarArticles
{
    /// <summary>Slugs of at most <paramref name="max"/> published articles like <paramref name="slug"/>, best first.</summary>
    IReadOnlyList<string> SimilarTo(string slug, int max);
}

/// <summary>No similarity at all: related reading comes from shared tags alone.</summary>
public sealed class NoSimilarArticles : ISimilarArticles
{
    public IReadOnlyList<string> SimilarTo(string slug, int max) => [];
}
