using AttachmentGuide.Web.Notifications;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Health;

/// <summary>With alerts on, the background sender must have completed a pass recently; with them off there is nothing to check.</summary>
public sealed class AlertSenderCheck(OutboxHeartbeat heartbeat, IOptions<NotificationOptions> notifications, IOptions<HealthOptions> health, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!notifications.Value.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("alerts off"));
        }

        var since = time.GetUtcNow() - heartbeat.LastPass;
        return Task.FromResult(since <= health.Value.AlertSenderStaleAfter
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("no completed pass over the outbox within " + health.Value.AlertSenderStaleAfter));
    }
}
