using AttachmentGuide.Web.Inquiries;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>Deletes inquiries older than the retention period. Time comes from <see cref="TimeProvider"/>, so tests can move it.</summary>
public sealed partial class RetentionSweeper(IInquiryStore store, AuditLog audit, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionSweeper> logger)
{
    public const string Actor = "retention";

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = await store.DeleteReceivedBeforeAsync(cutoff, cancellationToken);
        foreach (var id in deleted)
        {
            await audit.RecordAsync(Actor, AuditActions.RetentionDelete, id, cancellationToken);
        }

        LogSwept(logger, deleted.Count, options.Value.RetentionDays);
        return deleted.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} inquiries older than {RetentionDays} days")]
    private static partial void LogSwept(ILogger logger, int count, int retentionDays);
}

/// <summary>Runs the <see cref="RetentionSweeper"/> a minute after startup and then once a day.</summary>
public sealed partial class RetentionService(IServiceScopeFactory scopes, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>
    /// Retention is counted in days, so a minute's wait costs nothing, and it keeps the sweep (the
    /// first use of EF Core's model) from competing with the first readers on a small machine.
    /// </summary>
    public static readonly TimeSpan FirstSweepDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(FirstSweepDelay, time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RetentionSweeper>().SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }

            await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep failed; it will be tried again tomorrow")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
