using AttachmentGuide.Content;
using AttachmentGuide.Content.Diagnostics;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Holds the current content snapshot. Pages read <see cref="Library"/>, never the disk; a reload
/// builds a whole new library off the request path and swaps it in with one reference assignment.
/// The first load runs once, at startup, alongside the rest of the host; a request that arrives
/// before it has finished waits for it (<see cref="ContentReadyMiddleware"/>) rather than seeing an empty site.
/// </summary>
public sealed partial class SiteContent
{
    private readonly ContentLoader _loader;
    private readonly bool _includeDrafts;
    private readonly bool _requireCrisisLines;
    private readonly TimeProvider _time;
    private readonly ILogger<SiteContent> _logger;
    private readonly IContentSnapshotListener[] _listeners;
    private readonly Lock _reloadLock = new();
    private readonly Lazy<Task<ContentLibrary>> _firstLoad;
    private volatile ContentLibrary? _library;
    private volatile IReadOnlyList<Diagnostic> _problems = [];

    public SiteContent(
        ContentLoader loader,
        IOptions<ContentOptions> options,
        IHostEnvironment environment,
        TimeProvider time,
        ILogger<SiteContent> logger,
        IEnumerable<IContentSnapshotListener> listeners)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _loader = loader;
        _time = time;
        _logger = logger;
        _listeners = [.. listeners];
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

    /// <summary>The errors and warnings of the latest load, for staff previewing in Development.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

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
                _library = Load(lastGood);
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

            return _library = library;
        }
        catch (Exception ex)
        {
            LogFirstLoadFailed(ContentPath, ex);
            throw;
        }
    }

    private ContentLibrary Load(ContentLibrary? previous)
    {
        var options = ContentLoadOptions.Now(_time, _includeDrafts);
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

        _problems = result.Diagnostics;
        LogLoaded(result.Library.All.Count, ContentPath, result.ErrorCount, result.WarningCount);
        return result.Library;
    }

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
