using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Reloads the content when a file under the content folder changes, so staff see an edit
/// on refresh. Editors save in bursts (temp file, rename, touch), so changes are gathered for a
/// short moment and reloaded once.
/// </summary>
public sealed partial class ContentWatcher(SiteContent content, IOptions<ContentOptions> options, IOutputCacheStore outputCache, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(150);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // On in Development through appsettings.Development.json; off elsewhere unless configured.
        if (!options.Value.Watch)
        {
            return;
        }

        if (!Directory.Exists(content.ContentPath))
        {
            return;
        }

        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(content.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        LogWatching(content.ContentPath);

        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
            await Task.Delay(SettleTime, stoppingToken).ConfigureAwait(false);
            while (changed.CurrentCount > 0)
            {
                await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
            }

            content.Reload();
            await outputCache.EvictByTagAsync(ContentCaching.Tag, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {ContentPath} for changes")]
    private partial void LogWatching(string contentPath);
}
