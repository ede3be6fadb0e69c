using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// A real, committed write: <c>user_version</c> set to the value it has. A rolled-back write would prove nothing
/// here: in WAL mode it never reaches the disk, and SQLite reuses the process's open descriptor, so a file or mount
/// that has become read-only shows only when a commit is written (one small WAL frame per probe).
/// </summary>
public sealed class SqliteWriteProbe(SqliteConnectionString connectionString) : IDatabaseWriteProbe
{
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
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
    }
}
