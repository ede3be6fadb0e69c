using AttachmentGuide.Web.Content;
using Npgsql;

namespace AttachmentGuide.Web.Data.Postgres.ContentNotices;

/// <summary>
/// Reloads this instance's content when another instance announces a change (LISTEN on the shared database), so a
/// save made through one instance is served by all of them within moments. A lost connection is opened again, and
/// the content is then reloaded once, since a notice sent while it was down is not delivered later.
/// </summary>
internal sealed partial class PostgresContentListener(
    NpgsqlDataSource database, ContentNoticeChannel channel, ContentReloader reloader, ILogger<PostgresContentListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    // Several saves in a burst (a rename rewrites links in other files) make one reload.
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMilliseconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        var missedNotices = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(missedNotices, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                LogListenLost(logger, exception, retry.TotalSeconds);
                missedNotices = true;
                await Task.Delay(retry, stoppingToken).ConfigureAwait(false);
                retry = retry * 2 < LongestRetry ? retry * 2 : LongestRetry;
                continue;
            }
        }
    }

    private async Task ListenAsync(bool missedNotices, CancellationToken stoppingToken)
    {
        await using var connection = await database.OpenConnectionAsync(stoppingToken);
        var changed = 0;
        connection.Notification += (_, notice) =>
        {
            if (notice.Payload != channel.InstanceId)
            {
                Interlocked.Exchange(ref changed, 1);
            }
        };
        await using (var listen = new NpgsqlCommand("LISTEN " + ContentNoticeChannel.Name, connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        LogListening(logger);
        if (missedNotices)
        {
            await reloader.ReloadHereAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
            if (Interlocked.Exchange(ref changed, 0) == 0)
            {
                continue;
            }

            await Task.Delay(SettleTime, stoppingToken);
            // Notices that came during the wait are read now, and covered by this reload. (Not TimeSpan.Zero:
            // Npgsql reads a zero timeout as no timeout.)
            while (await connection.WaitAsync(DrainTimeout, stoppingToken))
            {
            }

            Interlocked.Exchange(ref changed, 0);
            LogReloadingForNotice(logger);
            await reloader.ReloadHereAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for content changes announced by other instances")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance changed the content; reloading it")]
    private static partial void LogReloadingForNotice(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the database connection that hears of content changes; trying again in {Seconds} s")]
    private static partial void LogListenLost(ILogger logger, Exception exception, double seconds);
}
