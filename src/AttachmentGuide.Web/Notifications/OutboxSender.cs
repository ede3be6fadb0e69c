using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// The background sender: at start it picks up whatever the outbox holds (a crash loses nothing), then sends
/// each message as it falls due, woken by <see cref="OutboxSignal"/> or by the poll interval.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    Health.OutboxHeartbeat heartbeat,
    ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogOff(logger);
            return;
        }

        LogOn(logger, settings.Smtp.Host!, settings.Smtp.Port, settings.Smtp.Security, settings.To.Count);
        // Let the host finish starting before the first database query.
        await Task.Yield();
        // A failure that repeats (the database gone or locked for a while) is logged in full once, then briefly
        // until a pass succeeds: one fault, not a stack trace every poll.
        string? failing = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = settings.PollInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var next = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunDueAsync(stoppingToken);
                heartbeat.Beat();
                if (next is { } due)
                {
                    var untilDue = due - time.GetUtcNow().UtcDateTime;
                    wait = untilDue < wait ? (untilDue > TimeSpan.Zero ? untilDue : TimeSpan.FromMilliseconds(50)) : wait;
                }

                if (failing is not null)
                {
                    LogPassRecovered(logger);
                    failing = null;
                }
            }
            catch (Exception e) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping (its data may already be gone): nothing is lost, the outbox keeps the rest.
                var type = e.GetType();
                LogStoppedDuringPass(logger, type);
                return;
            }
            catch (Exception e)
            {
                // The database may be busy or briefly unavailable; the outbox keeps everything for the next pass.
                var type = e.GetType();
                var fault = $"{type.FullName}: {e.Message}";
                if (string.Equals(fault, failing, StringComparison.Ordinal))
                {
                    LogPassFailedAgain(logger, type);
                }
                else
                {
                    LogPassFailed(logger, e);
                    failing = fault;
                }
            }

            try
            {
                await signal.WaitAsync(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email alerts are off: Notifications:Smtp:Host is not set")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email alerts are on: via {Host}:{Port} ({Security}) to {RecipientCount} address(es)")]
    private static partial void LogOn(ILogger logger, string host, int port, SmtpSecurity security, int recipientCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over the alert outbox failed; it is tried again shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A pass over the alert outbox failed again the same way ({ExceptionType}); it is tried again shortly")]
    private static partial void LogPassFailedAgain(ILogger logger, Type exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "A pass over the alert outbox succeeded after failing")]
    private static partial void LogPassRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The alert sender stopped with the host during a pass ({ExceptionType})")]
    private static partial void LogStoppedDuringPass(ILogger logger, Type exceptionType);
}
