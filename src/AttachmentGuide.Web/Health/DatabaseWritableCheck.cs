using System.Data.Common;
using AttachmentGuide.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttachmentGuide.Web.Health;

/// <summary>
/// A write through the write gate, as the engine's <see cref="IDatabaseWriteProbe"/> proves it. The SQLite gate also
/// refuses a database file that was moved or replaced.
/// </summary>
public sealed class DatabaseWritableCheck(IDatabaseWriteProbe probe, IDatabaseWriteGate gate) : IHealthCheck
{
    private static readonly TimeSpan GateWait = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(GateWait);
            using var turn = await gate.EnterAsync(timeout.Token);
            await probe.WriteAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the database is busy: no turn to write within " + GateWait.TotalSeconds + " s");
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be written");
        }
    }
}
