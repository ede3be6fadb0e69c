namespace AttachmentGuide.Web.Staff;

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
