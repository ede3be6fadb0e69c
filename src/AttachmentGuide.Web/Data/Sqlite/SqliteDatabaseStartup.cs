using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// Makes the inquiry database ready before the site listens: applies any pending migration, turns on WAL,
/// proves the file can be written, and logs the settings as the database reports them. When the schema is
/// already current (every start but the first after a release) only a plain SQLite connection is used, so
/// EF Core's services and model are built on the first contact request or staff page rather than delaying
/// every reader.
/// </summary>
public sealed partial class SqliteDatabaseStartup(SqliteConnectionString connectionString, IServiceScopeFactory scopes, ILogger<SiteDbContext> logger)
    : IDatabaseStartup
{
    public void Prepare()
    {
        using var connection = new SqliteConnection(connectionString.Value);
        connection.Open();
        var pending = SqliteMigrations.Ids.Except(AppliedMigrations(connection), StringComparer.Ordinal).ToArray();
        if (pending.Length > 0)
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<SiteDbContext>().Database.Migrate();
            LogMigrated(logger, pending);
        }

        using var command = connection.CreateCommand();
        command.CommandText = SqlitePragmaInterceptor.Pragmas;
        command.ExecuteNonQuery();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var journalMode = command.ExecuteScalar()?.ToString();
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        ProveWritable(connection);
        LogDatabaseReady(logger, connection.DataSource, journalMode ?? "unknown", synchronous switch
        {
            0 => "OFF",
            1 => "NORMAL",
            2 => "FULL",
            3 => "EXTRA",
            _ => synchronous.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>
    /// Writes to the database inside a transaction that is rolled back, so a file the site cannot write
    /// (a read-only mount, a restore with the wrong owner) stops start-up instead of failing every
    /// contact request later. Reading alone, as an up-to-date start does, would not notice.
    /// </summary>
    private static void ProveWritable(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var transaction = connection.BeginTransaction(deferred: false);
        command.Transaction = transaction;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");
        command.ExecuteNonQuery();
        transaction.Rollback();
    }

    private static HashSet<string> AppliedMigrations(SqliteConnection connection)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table;";
        command.Parameters.AddWithValue("$table", SqliteMigrations.HistoryTable);
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return applied;
        }

        command.CommandText = $"SELECT MigrationId FROM \"{SqliteMigrations.HistoryTable}\";";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inquiry database: applied migrations {Migrations}")]
    private static partial void LogMigrated(ILogger logger, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inquiry database {DataSource} ready: journal_mode={JournalMode}, synchronous={Synchronous}")]
    private static partial void LogDatabaseReady(ILogger logger, string dataSource, string journalMode, string synchronous);
}
