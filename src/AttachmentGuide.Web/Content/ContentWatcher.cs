using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Reloads the content when a file under the content folder changes, so staff see an edit
/// on refresh. Editors save in bursts (temp file, rename, touch), so changes are gathered for a
/// short moment and reloaded once. A folder that is deleted, moved away or replaced sends no event of its
/// own (the watch just goes quiet), so the folder is also looked at every <see cref="CheckInterval"/>: while it
/// is gone the site keeps its last good content, and when it is back it is watched again and reloaded.
/// </summary>
public sealed partial class ContentWatcher(SiteContent content, ContentReloader reloader, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // On in Development through appsettings.Development.json; off elsewhere unless configured.
        if (!options.Value.Watch)
        {
            return;
        }

        var firstWatch = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var (folder, wasGone) = await WaitForFolderAsync(stoppingToken).ConfigureAwait(false);
            // Not disposed: an event already in flight when the watcher is disposed may still release it.
            var changed = new SemaphoreSlim(0);
            using var watcher = Watch(changed);
            LogWatching(content.ContentPath);
            if (wasGone || !firstWatch)
            {
                // The folder came back (or was replaced): what it holds now is new to the site.
                LogFolderBack(content.ContentPath);
                await ReloadAsync(stoppingToken).ConfigureAwait(false);
            }

            firstWatch = false;
            await WatchUntilFolderChangesAsync(folder, changed, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until the folder exists. Returns when it was created, which tells a replaced folder from the one
    /// watched, and whether it had to be waited for.
    /// </summary>
    private async Task<(DateTime Created, bool WasGone)> WaitForFolderAsync(CancellationToken stoppingToken)
    {
        var wasGone = false;
        DateTime? created;
        while ((created = FolderCreated()) is null)
        {
            if (!wasGone)
            {
                LogFolderGone(content.ContentPath);
                wasGone = true;
            }

            await Task.Delay(CheckInterval, stoppingToken).ConfigureAwait(false);
        }

        return (created.Value, wasGone);
    }

    private FileSystemWatcher Watch(SemaphoreSlim changed)
    {
        var watcher = new FileSystemWatcher(content.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();

        // A lost watch (too many events at once, the folder unmounted) is treated as a change: reload, then check the folder.
        watcher.Error += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Reloads on each burst of changes; returns when the watched folder is gone or has been replaced.</summary>
    private async Task WatchUntilFolderChangesAsync(DateTime folder, SemaphoreSlim changed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await changed.WaitAsync(CheckInterval, stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(SettleTime, stoppingToken).ConfigureAwait(false);
                while (changed.CurrentCount > 0)
                {
                    await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            else if (FolderCreated() == folder)
            {
                continue;
            }

            if (FolderCreated() != folder)
            {
                return;
            }

            await ReloadAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private Task ReloadAsync(CancellationToken stoppingToken) => reloader.ReloadAsync(stoppingToken);

    private DateTime? FolderCreated()
    {
        try
        {
            return Directory.Exists(content.ContentPath) ? Directory.GetCreationTimeUtc(content.ContentPath) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {ContentPath} for changes")]
    private partial void LogWatching(string contentPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content folder {ContentPath} is gone; the site keeps its last good content and watches for the folder to come back")]
    private partial void LogFolderGone(string contentPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "The content folder {ContentPath} is back; reloading it")]
    private partial void LogFolderBack(string contentPath);

}
