using System.Diagnostics;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Topics;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// The index of the snapshot being served. A new snapshot gets a new index, built on the loading thread and
/// swapped in with one reference assignment; a search already running finishes on the old one, which closes after it.
/// </summary>
public sealed partial class SearchIndexHolder(ILogger<SearchIndexHolder> logger) : IContentSnapshotListener, ISimilarArticles, IDisposable
{
    /// <summary>Results on one page: a reader scans a short list; the rest are a better query away.</summary>
    public const int MaxResults = 20;

    private SearchIndex? _current;

    public void SnapshotLoaded(ContentLibrary library)
    {
        var started = Stopwatch.GetTimestamp();
        var next = SearchIndex.Build(library);
        Interlocked.Exchange(ref _current, next)?.Dispose();
        var elapsed = Stopwatch.GetElapsedTime(started);
        LogBuilt(next.Rows, elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// The best matches for <paramref name="query"/>: articles with every word; failing that, with any of them.
    /// Empty when there is nothing to search for or no index yet.
    /// </summary>
    public IReadOnlyList<SearchResult> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Terms.Count == 0)
        {
            return [];
        }

        return Use(index =>
        {
            var results = index.Search(query.ToMatch(everyWord: true), MaxResults);
            return results.Count > 0 || query.Terms.Count == 1 ? results : index.Search(query.ToMatch(everyWord: false), MaxResults);
        }) ?? [];
    }

    /// <summary>Published articles like <paramref name="slug"/>, most similar first, never itself (for related reading).</summary>
    public IReadOnlyList<string> SimilarTo(string slug, int max) => Use(index => index.SimilarTo(slug, max)) ?? [];

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Dispose();

    private T? Use<T>(Func<SearchIndex, T> query)
        where T : class
    {
        while (Volatile.Read(ref _current) is { } index)
        {
            if (!index.TryEnter())
            {
                // Swapped and closed between reading and entering: the newer index is in _current now.
                continue;
            }

            try
            {
                return query(index);
            }
            finally
            {
                index.Exit();
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Rows} sections in {Milliseconds:F0} ms")]
    private partial void LogBuilt(int rows, double milliseconds);
}
