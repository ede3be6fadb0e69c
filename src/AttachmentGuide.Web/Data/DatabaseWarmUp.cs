using System.Data.Common;
using System.Diagnostics;
using AttachmentGuide.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// Once the site listens, builds what the first contact submission would otherwise wait for (EF Core's model, a
/// compiled query, an open connection with its settings, the personal-field key ring), so a person writing right
/// after a restart is answered at once. It runs on a thread of its own: about half a second of CPU, on a pool thread
/// it held back the first page's response (see <see cref="FirstPageSignal"/>). Held back until the first page
/// itself, it made the first submission after a restart wait for the model (0.8-1.0 s against 0.3-0.5 s), so it
/// starts at once. It never delays start-up or readiness, and a failure only costs speed.
/// </summary>
public sealed partial class DatabaseWarmUp(
    IHostApplicationLifetime lifetime,
    IServiceScopeFactory scopes,
    ILogger<DatabaseWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStarted.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // Started: the site listens now.
        }
        catch (OperationCanceledException)
        {
            return; // stopped before it ever started
        }

        try
        {
            await Task.Factory.StartNew(
                () => WarmAsync(stoppingToken).GetAwaiter().GetResult(),
                stoppingToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
        catch (OperationCanceledException)
        {
            // stopped before it began
        }
    }

    private async Task WarmAsync(CancellationToken stoppingToken)
    {
        string? dataFolder = null;
        var watch = Stopwatch.StartNew();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
            dataFolder = Path.GetDirectoryName(db.Database.GetDbConnection().DataSource);
            _ = db.Model;
            _ = await db.Inquiries.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Id).FirstOrDefaultAsync(stoppingToken);
            _ = scope.ServiceProvider.GetRequiredService<PersonalFieldProtector>().Protect("warm-up");
            LogWarmed(logger, watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (stoppingToken.IsCancellationRequested)
        {
            var type = e.GetType();
            LogStopped(logger, type);
        }
        catch (DbException e) when (!string.IsNullOrEmpty(dataFolder) && !Directory.Exists(dataFolder))
        {
            // The data folder went away under a host being torn down (a test's temporary folder): nothing to warm.
            var type = e.GetType();
            LogFolderGone(logger, type);
        }
        catch (Exception e)
        {
            // Only speed is lost: the first submission builds what it needs itself.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Database warmed for the first request in {ElapsedMs} ms")]
    private static partial void LogWarmed(ILogger logger, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Database warm-up stopped with the host ({ExceptionType})")]
    private static partial void LogStopped(ILogger logger, Type exceptionType);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Database warm-up skipped: the data folder is gone ({ExceptionType})")]
    private static partial void LogFolderGone(ILogger logger, Type exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database warm-up failed; the first request will be slower")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
