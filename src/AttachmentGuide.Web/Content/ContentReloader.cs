using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Re-reads the content folder now and drops every cached page built from the old snapshot, so a change saved from the
/// staff area is served on the next request whether or not the folder is watched (the watcher is off in Production).
/// </summary>
public sealed partial class ContentReloader(SiteContent content, IOutputCacheStore outputCache, ILogger<ContentReloader> logger)
{
    public async Task ReloadAsync(CancellationToken cancellationToken)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Clearing cached pages after a content change failed")]
    private partial void LogEvictionFailed(Exception exception);
}
