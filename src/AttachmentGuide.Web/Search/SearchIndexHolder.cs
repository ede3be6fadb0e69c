using System.Diagnostics;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Topics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// The index of the snapshot being served. The first snapshot's index is built in the background, so start-up does
/// not wait for search, and only once the first page has been served (<see cref="FirstPageSignal"/>) or a reader is
/// waiting for a search, so it does not take a core from that page (a search meanwhile waits briefly, see
/// <see cref="WaitUntilReadyAsync"/>); a reload's index is
/// built on the loading thread before the new snapshot is served, so what staff just saved is found at once. Each new
/// index is swapped in with one reference assignment; a search already running finishes on the old one, which
/// closes after it. With <c>Search:Enabled</c> false nothing is built and every search finds nothing.
/// </summary>
public sealed partial class SearchIndexHolder : IContentSnapshotListener, ISimilarArticles, IDisposable
{
    /// <summary>Results on one page: a reader scans a short list; the rest are a better query away.</summary>
    public const int MaxResults = 20;

    private readonly SearchIndexBuilder _builder;
    private readonly int _cachedSearches;
    private readonly IOutputCacheStore _outputCache;
    private readonly ILogger<SearchIndexHolder> _logger;
    private readonly Lock _swapLock = new();
    private readonly TaskCompletionSource _firstBuildDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentLibrary? _firstLibrary;
    private int _firstBuildStarted;
    private readonly FirstPageSignal _firstPage;
    private Installed? _current;
    private long _snapshotsSeen;
    private long _installedSnapshot;
    private bool _disposed;

    public SearchIndexHolder(
        IOptions<SearchOptions> options,
        SearchIndexBuilder builder,
        IOutputCacheStore outputCache,
        FirstPageSignal firstPage,
        ILogger<SearchIndexHolder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Enabled = options.Value.Enabled;
        _cachedSearches = options.Value.CachedSearches;
        _builder = builder;
        _outputCache = outputCache;
        _firstPage = firstPage;
        _logger = logger;
    }

    /// <summary>False when the site runs without search (<c>Search:Enabled</c>).</summary>
    public bool Enabled { get; }

    /// <summary>True once an index is in place.</summary>
    public bool IsReady => Volatile.Read(ref _current) is not null;

    /// <summary>Completes when the first index is in place (or its build failed); for a caller that would rather wait than be told to come back.</summary>
    public Task FirstBuild => _firstBuildDone.Task;

    public void SnapshotLoaded(ContentLibrary library)
    {
        if (!Enabled)
        {
            return;
        }

        var snapshot = Interlocked.Increment(ref _snapshotsSeen);
        if (snapshot == 1)
        {
            // Start-up: pages are served from this snapshot at once, and search joins them when its index is ready.
            Volatile.Write(ref _firstLibrary, library);
            _ = _firstPage.RunInTurnAsync(() => BuildFirstAsync(library), CancellationToken.None);
            return;
        }

        Install(Build(library), snapshot);
    }

    /// <summary>
    /// True when searches can be answered now or become so within <paramref name="wait"/> (just after start-up,
    /// while the first index is built); false when search is off or still being prepared after the wait.
    /// </summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return false;
        }

        if (!IsReady && Volatile.Read(ref _firstLibrary) is { } library && Volatile.Read(ref _firstBuildStarted) == 0)
        {
            // A reader is asking for a search before the held-back build has begun: build for them now.
            _ = Task.Factory.StartNew(() => BuildFirstAsync(library), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        }

        if (!IsReady && wait > TimeSpan.Zero)
        {
            try
            {
                await FirstBuild.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Still building: the page says to try again in a moment.
            }
        }

        return IsReady;
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

        return Use(installed => installed.Cache.GetOrAdd(query, q =>
        {
            var results = installed.Index.Search(q.ToMatch(everyWord: true), MaxResults);
            return results.Count > 0 || q.Terms.Count == 1 ? results : installed.Index.Search(q.ToMatch(everyWord: false), MaxResults);
        })) ?? [];
    }

    /// <summary>Published articles like <paramref name="slug"/>, most similar first, never itself (for related reading).</summary>
    public IReadOnlyList<string> SimilarTo(string slug, int max) => Use(installed => installed.Index.SimilarTo(slug, max)) ?? [];

    public void Dispose()
    {
        Installed? last;
        lock (_swapLock)
        {
            _disposed = true;
            last = Interlocked.Exchange(ref _current, null);
        }

        last?.Index.Dispose();
    }

    private async Task BuildFirstAsync(ContentLibrary library)
    {
        if (Interlocked.Exchange(ref _firstBuildStarted, 1) == 1)
        {
            return; // a waiting reader started it already
        }

        try
        {
            if (Install(Build(library), snapshot: 1))
            {
                // Articles drawn while the index was built filled related reading from shared topics alone, and
                // the output cache would keep them so until the next snapshot: draw them again.
                await _outputCache.EvictByTagAsync(ContentCaching.Tag, CancellationToken.None).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The site serves its pages without search rather than stop; the log says why.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFirstBuildFailed(ex);
        }
        finally
        {
            _firstBuildDone.TrySetResult();
        }
    }

    private SearchIndex Build(ContentLibrary library)
    {
        var started = Stopwatch.GetTimestamp();
        var index = _builder.Build(library);
        var elapsed = Stopwatch.GetElapsedTime(started);
        LogBuilt(index.Rows, elapsed.TotalMilliseconds);
        return index;
    }

    /// <summary>Puts <paramref name="index"/> in place unless a newer snapshot's index already is (a reload that finished first).</summary>
    private bool Install(SearchIndex index, long snapshot)
    {
        bool installed;
        SearchIndex? unused;
        lock (_swapLock)
        {
            installed = !_disposed && snapshot >= _installedSnapshot;
            if (installed)
            {
                _installedSnapshot = snapshot;
                unused = Interlocked.Exchange(ref _current, new Installed(index, new SearchResultCache(_cachedSearches)))?.Index;
            }
            else
            {
                unused = index;
            }
        }

        unused?.Dispose();
        _firstBuildDone.TrySetResult();
        return installed;
    }

    private T? Use<T>(Func<Installed, T> query)
        where T : class
    {
        while (Volatile.Read(ref _current) is { } installed)
        {
            var index = installed.Index;
            if (!index.TryEnter())
            {
                // Swapped and closed between reading and entering: the newer index is in _current now.
                continue;
            }

            try
            {
                return query(installed);
            }
            finally
            {
                index.Exit();
            }
        }

        return null;
    }

    /// <summary>An index in place, with the answers it has given (they go with it).</summary>
    private sealed record Installed(SearchIndex Index, SearchResultCache Cache);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Rows} sections in {Milliseconds:F0} ms")]
    private partial void LogBuilt(int rows, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the search index failed; the site is served without search until the content is next loaded")]
    private partial void LogFirstBuildFailed(Exception exception);
}
