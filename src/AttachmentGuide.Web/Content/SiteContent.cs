using AttachmentGuide.Content;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Holds the current content snapshot. Pages read <see cref="Library"/>, never the disk; a reload
/// builds a whole new library off the request path and swaps it in with one reference assignment.
/// The first load runs once, at startup, alongside the rest of the host; a request that arrives
/// before it has finished waits for it (<see cref="ContentReadyMiddleware"/>) rather than seeing an empty site.
/// Reading ages are not measured by the load (counting every word's syllables was most of a start-up's parse, and no
/// reader's page shows them): each snapshot's reading-age warnings (AG0230) join <see cref="Problems"/> and the log
/// from a background check, started once the first snapshot has served a page and at once for each reload.
/// </summary>
public sealed partial class SiteContent
{
    private readonly ContentLoader _loader;
    private readonly bool _includeDrafts;
    private readonly bool _requireCrisisLines;
    private readonly TimeProvider _time;
    private readonly ILogger<SiteContent> _logger;
    private readonly IContentSnapshotListener[] _listeners;
    private readonly IOutputCacheStore _outputCache;

    private readonly Lock _reloadLock = new();
    private readonly Lazy<Task<ContentLibrary>> _firstLoad;
    private readonly Lock _problemsLock = new();
    private readonly FirstPageSignal _firstPage;
    private volatile ContentLibrary? _library;
    private volatile SnapshotProblems _problems = new(null, []);
    private volatile Task _readingAgeCheck = Task.CompletedTask;

    public SiteContent(
        ContentLoader loader,
        IOptions<ContentOptions> options,
        IHostEnvironment environment,
        TimeProvider time,
        ILogger<SiteContent> logger,
        IEnumerable<IContentSnapshotListener> listeners,
        IOutputCacheStore outputCache,
        FirstPageSignal firstPage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _loader = loader;
        _time = time;
        _logger = logger;
        _listeners = [.. listeners];
        _outputCache = outputCache;
        _firstPage = firstPage;
        _includeDrafts = environment.IsDevelopment();
        _requireCrisisLines = environment.IsProduction();
        ContentPath = ContentFolderLocator.Resolve(options.Value.Path);
        _firstLoad = new Lazy<Task<ContentLibrary>>(() => Task.Run(LoadFirst), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The full path of the content folder being served.</summary>
    public string ContentPath { get; }

    /// <summary>The first load of the content folder, started by the first call (at startup, by <see cref="ContentServiceExtensions.StartLoadingContent"/>).</summary>
    public Task<ContentLibrary> FirstLoad => _firstLoad.Value;

    /// <summary>
    /// The snapshot to serve from. Before the first load has finished this blocks until it has; requests
    /// never get here that early, since <see cref="ContentReadyMiddleware"/> awaits <see cref="FirstLoad"/>.
    /// </summary>
    public ContentLibrary Library => _library ?? FirstLoad.GetAwaiter().GetResult();

    /// <summary>
    /// The errors and warnings of the latest load, for staff (the content list, the Development preview); its reading-age
    /// warnings are added when <see cref="ReadingAgeCheck"/> completes.
    /// </summary>
    public IReadOnlyList<Diagnostic> Problems => _problems.Diagnostics;

    /// <summary>Completes when the reading ages of the latest load have been checked (never faults).</summary>
    public Task ReadingAgeCheck => _readingAgeCheck;

    /// <summary>
    /// Re-reads the content folder, keeping the last good version of any file that is now broken. When the folder
    /// is gone, or the reload fails for any reason, the site keeps serving the last good library.
    /// </summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            var lastGood = Library;
            if (!Directory.Exists(ContentPath))
            {
                LogFolderMissing(ContentPath);
                return;
            }

            try
            {
                var library = Load(lastGood);
                _library = library;
                var options = ContentLoadOptions.Now(_time, _includeDrafts);
                _readingAgeCheck = Task.Run(() => CheckReadingAges(library, options));
            }
#pragma warning disable CA1031 // A failed reload must never take down a site that is serving good content.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogReloadFailed(ContentPath, ex);
            }
        }
    }

    private ContentLibrary LoadFirst()
    {
        try
        {
            var library = Load(previous: null);
            var site = library.Site;
            if (_requireCrisisLines && site.CrisisLines.Count == 0 && !site.CrisisLinesEmptyOnPurpose)
            {
                // People in danger read these pages: a live site without a single crisis number is refused,
                // unless staff wrote 'crisis_lines: []' to say so on purpose.
                throw new InvalidOperationException(
                    $"{Path.Combine(ContentPath, ContentLoader.SiteFileName)} lists no crisis line that can be read, so the site does not start in Production. " +
                    "Add 'crisis_lines:' with '- label: ...' and 'number: ...' (run check-content), or write 'crisis_lines: []' if the site must show none.");
            }

            _library = library;
            // No request may ever come (a restart at night): the check then starts after a short wait of its own.
            var options = ContentLoadOptions.Now(_time, _includeDrafts);
            _readingAgeCheck = _firstPage.RunInTurnAsync(() => CheckReadingAges(library, options), CancellationToken.None);
            return library;
        }
        catch (Exception ex)
        {
            LogFirstLoadFailed(ContentPath, ex);
            throw;
        }
    }

    private ContentLibrary Load(ContentLibrary? previous)
    {
        var options = ContentLoadOptions.Now(_time, _includeDrafts) with { MeasureReadingAges = false };
        var result = _loader.Load(ContentPath, options, previous);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                LogContentError(diagnostic.Format(Environment.CurrentDirectory));
            }
            else
            {
                LogContentWarning(diagnostic.Format(Environment.CurrentDirectory));
            }
        }

        foreach (var listener in _listeners)
        {
            listener.SnapshotLoaded(result.Library);
        }

        _problems = new SnapshotProblems(result.Library, result.Diagnostics);
        LogLoaded(result.Library.All.Count, ContentPath, result.ErrorCount, result.WarningCount);
        return result.Library;
    }

    /// <summary>
    /// Measures the reading age of every article of <paramref name="library"/> and adds the warnings to its problems,
    /// unless a newer snapshot has replaced it meanwhile (that one has a check of its own).
    /// </summary>
    private async Task CheckReadingAges(ContentLibrary library, ContentLoadOptions options)
    {
        try
        {
            var found = _loader.CheckReadingAges(ContentPath, options, library);
            lock (_problemsLock)
            {
                var current = _problems;
                if (!ReferenceEquals(current.Library, library))
                {
                    return;
                }

                _problems = current with
                {
                    Diagnostics = current.Diagnostics.Concat(found)
                        .OrderBy(d => d.FilePath, StringComparer.Ordinal)
                        .ThenBy(d => d.Line ?? 0)
                        .ThenBy(d => d.Column ?? 0)
                        .ToList(),
                };
            }

            foreach (var diagnostic in found)
            {
                LogContentWarning(diagnostic.Format(Environment.CurrentDirectory));
            }

            LogReadingAgesChecked(library.All.Count, found.Count, library.Site.ReadingAgeWarningAbove);
            if (_includeDrafts && found.Count > 0)
            {
                // In Development every page lists the problems (_Layout), so pages cached before the check are drawn again.
                await _outputCache.EvictByTagAsync(ContentCaching.Tag, CancellationToken.None).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Only the reading-age warnings are lost: the site goes on serving the snapshot.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReadingAgeCheckFailed(ContentPath, ex);
        }
    }

    /// <summary>A load's problems, and the snapshot they belong to (so a late check never lands on a newer one).</summary>
    private sealed record SnapshotProblems(ContentLibrary? Library, IReadOnlyList<Diagnostic> Diagnostics);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked the reading ages of {ArticleCount} articles: {WarningCount} above {WarnAbove}")]
    private partial void LogReadingAgesChecked(int articleCount, int warningCount, int warnAbove);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the reading ages in {ContentPath} failed; the site goes on without those warnings")]
    private partial void LogReadingAgeCheckFailed(string contentPath, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Could not load the content folder {ContentPath}; the site stops")]
    private partial void LogFirstLoadFailed(string contentPath, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content folder {ContentPath} is missing; the site keeps serving its last good content")]
    private partial void LogFolderMissing(string contentPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the content folder {ContentPath} failed; the site keeps serving its last good content")]
    private partial void LogReloadFailed(string contentPath, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Diagnostic}")]
    private partial void LogContentError(string diagnostic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private partial void LogContentWarning(string diagnostic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {ArticleCount} articles from {ContentPath} ({ErrorCount} errors, {WarningCount} warnings)")]
    private partial void LogLoaded(int articleCount, string contentPath, int errorCount, int warningCount);
}
