using System.Globalization;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttachmentGuide.Web.Health;

/// <summary>
/// A real, committed write through the write gate: <c>user_version</c> set to the value it has. The gate refuses a
/// database file that was moved or replaced. A rolled-back write would prove nothing here: in WAL mode it never
/// reaches the disk, and SQLite reuses the process's open descriptor, so a file or mount that has become read-only
/// shows only when a commit is written (one small WAL frame per probe).
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
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString.Value) { DefaultTimeout = 5 }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version;";
            var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            command.Transaction = (SqliteTransaction)transaction;
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
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
