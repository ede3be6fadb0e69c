using AttachmentGuide.Content;
using AttachmentGuide.Content.Diagnostics;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Holds the current content snapshot. Pages read <see cref="Library"/>, never the disk; a reload
/// builds a whole new library off the request path and swaps it in with one reference assignment.
/// The first load runs once, at startup, alongside the rest of the host; a request that arrives
/// before it has finished waits for it rather than seeing an empty site.
/// </summary>
public sealed partial class SiteContent
{
    private readonly ContentLoader _loader;
    private readonly bool _includeDrafts;
    private readonly TimeProvider _time;
    private readonly ILogger<SiteContent> _logger;
    private readonly Lock _reloadLock = new();
    private readonly Lazy<ContentLibrary> _firstLoad;
    private volatile ContentLibrary? _library;

    public SiteContent(
        ContentLoader loader,
        IOptions<ContentOptions> options,
        IHostEnvironment environment,
        TimeProvider time,
        ILogger<SiteContent> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _loader = loader;
        _time = time;
        _logger = logger;
        _includeDrafts = environment.IsDevelopment();
        ContentPath = ContentFolderLocator.Resolve(options.Value.Path);
        _firstLoad = new Lazy<ContentLibrary>(() => _library = Load(previous: null), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The full path of the content folder being served.</summary>
    public string ContentPath { get; }

    /// <summary>The snapshot to serve from; the first read waits for the first load.</summary>
    public ContentLibrary Library => _library ?? _firstLoad.Value;

    /// <summary>Re-reads the content folder, keeping the last good version of any file that is now broken.</summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            _library = Load(Library);
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

        LogLoaded(result.Library.All.Count, ContentPath, result.ErrorCount, result.WarningCount);
        return result.Library;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Diagnostic}")]
    private partial void LogContentError(string diagnostic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private partial void LogContentWarning(string diagnostic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {ArticleCount} articles from {ContentPath} ({ErrorCount} errors, {WarningCount} warnings)")]
    private partial void LogLoaded(int articleCount, string contentPath, int errorCount, int warningCount);
}
