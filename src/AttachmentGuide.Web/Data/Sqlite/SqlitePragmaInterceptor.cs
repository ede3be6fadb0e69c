using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// Sets the per-connection SQLite settings EF Core leaves alone: synchronous=FULL so an acknowledged
/// inquiry survives a power cut, a busy timeout so a writer waits for another instead of failing, and
/// secure_delete so an erased inquiry's bytes are overwritten rather than left in free pages. It also refuses
/// every use of the database once the file is no longer the one opened at start-up (<see cref="SqliteFileWatch"/>).
/// </summary>
public sealed class SqlitePragmaInterceptor(SqliteFileWatch fileWatch) : DbConnectionInterceptor
{
    /// <summary>The settings, also applied by the start-up check, which opens its own connection.</summary>
    public const string Pragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        EnsureSameFile();
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        EnsureSameFile();
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void EnsureSameFile()
    {
        if (!fileWatch.IsStillTheOpenedFile())
        {
            throw new InvalidOperationException("The database file is no longer the one the site opened; it is not used.");
        }
    }
}
