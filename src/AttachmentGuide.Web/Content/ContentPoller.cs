using AttachmentGuide.Content;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Looks over the content folder every <see cref="ContentOptions.PollSeconds"/> and reloads when anything in it
/// changed. The watcher hears of changes through file-change events, which a shared folder (NFS, SMB) does not
/// raise for a change made on another machine; every instance on such storage polls it for itself, so nothing needs
/// announcing. While the folder cannot be read the site keeps its last good content.
/// </summary>
public sealed partial class ContentPoller(
    SiteContent content, ContentReloader reloader, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentPoller> logger)
    : BackgroundService
{
    // A file written while the first load read the folder may have been read as it was before: such a change is
    // taken as new.
    private static readonly TimeSpan FirstLoadMargin = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.PollSeconds);
        if (interval == TimeSpan.Zero)
        {
            return;
        }

        ContentLibrary library;
        try
        {
            library = await content.FirstLoad.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // A first load that failed is reported where it is awaited; there is nothing to poll for.
        catch (Exception)
#pragma warning restore CA1031
        {
            return;
        }

        LogPolling(content.ContentPath, options.Value.PollSeconds);
        var seen = ContentFolderFingerprint.Take(content.ContentPath);
        if (seen is { } first && first.NewestWriteUtc >= library.LoadedAt.UtcDateTime - FirstLoadMargin)
        {
            await reloader.ReloadHereAsync(stoppingToken).ConfigureAwait(false);
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var now = ContentFolderFingerprint.Take(content.ContentPath);
            if (now is null || now == seen)
            {
                // Gone or unreadable: the last good content stays, and whatever the folder holds when it is back
                // differs from what was seen and is loaded then.
                continue;
            }

            seen = now;
            LogReloadingForChange(content.ContentPath);
            await reloader.ReloadHereAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Looking over {ContentPath} for changes every {Seconds} s")]
    private partial void LogPolling(string contentPath, int seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "A file under {ContentPath} changed; reloading the content")]
    private partial void LogReloadingForChange(string contentPath);
}
