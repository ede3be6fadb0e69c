using System.Globalization;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttachmentGuide.Web.Health;

/// <summary>
/// A write that is rolled back, on a fresh (unpooled) connection through the write gate: the gate refuses a database
/// file that was moved or replaced, and a fresh connection sees a file or mount that has become read-only, which the
/// site's long-open pooled connections would not notice until a submission failed.
/// </summary>
public sealed class DatabaseWritableCheck(SqliteConnectionString connectionString, IDatabaseWriteGate gate) : IHealthCheck
{
    private static readonly TimeSpan GateWait = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(GateWait);
            using var turn = await gate.EnterAsync(timeout.Token);
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString.Value) { Pooling = false, DefaultTimeout = 5 }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version;";
            var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            command.Transaction = (SqliteTransaction)transaction;
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the database is busy: no turn to write within " + GateWait.TotalSeconds + " s");
        }
        catch (Exception exception) when (exception is SqliteException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be written");
        }
    }
}
