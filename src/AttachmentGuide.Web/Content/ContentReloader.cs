using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Re-reads the content folder now and drops every cached page built from the old snapshot, so a change saved from the
/// staff area is served on the next request whether or not the folder is watched (the watcher is off in Production).
/// Where other instances share the database (<paramref name="notice"/>), they are told to reload as well.
/// </summary>
public sealed partial class ContentReloader(
    SiteContent content, IOutputCacheStore outputCache, ILogger<ContentReloader> logger, IContentChangeNotice? notice = null)
{
    /// <summary>Reloads this instance, then tells the others.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await ReloadHereAsync(cancellationToken).ConfigureAwait(false);
        if (notice is null)
        {
            return;
        }

        try
        {
            await notice.AnnounceAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // This instance serves the change; the others reload when they next reconnect.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogAnnounceFailed(ex);
        }
    }

    /// <summary>Reloads this instance only: for a change another instance has announced.</summary>
    public async Task ReloadHereAsync(CancellationToken cancellationToken)
    {
        // Parsing a thousand articles is a quarter of a second of CPU: off the request thread's synchronous path.
        await Task.Run(content.Reload, cancellationToken).ConfigureAwait(false);
        try
        {
            await outputCache.EvictByTagAsync(ContentCaching.Tag, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The save has happened; a failed eviction must not turn it into an error page.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogEvictionFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The other instances could not be told of a content change")]
    private partial void LogAnnounceFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Clearing cached pages after a content change failed")]
    private partial void LogEvictionFailed(Exception exception);
}
