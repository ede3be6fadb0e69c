using System.Globalization;
using System.Security.Cryptography;
using AttachmentGuide.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// Makes the inquiry database ready before the site listens: applies any pending migration, turns on WAL,
/// proves the file can be written, and logs the settings as the database reports them. When the schema is
/// already current (every start but the first after a release) only a plain SQLite connection is used, so
/// EF Core's services and model are built on the first contact request or staff page rather than delaying
/// every reader. Before all that it refuses what would hide a loss: a damaged file (<c>quick_check</c>), a new
/// empty database beside a key ring that already has keys, and inquiries the key ring cannot read.
/// </summary>
public sealed partial class SqliteDatabaseStartup(
    SqliteConnectionString connectionString,
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<DataProtectionSettings> keys,
    PersonalFieldProtector protector,
    SqliteFileWatch fileWatch,
    ILogger<SiteDbContext> logger)
    : IDatabaseStartup
{
    public void Prepare()
    {
        var file = new SqliteConnectionStringBuilder(connectionString.Value).DataSource;
        var onDisk = file.Length > 0 && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal);
        DataFolderAccess.EnsureReadWrite(Path.GetFullPath(keys.Value.KeysPath), "DataProtection:KeysPath");
        if (onDisk)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            DataFolderAccess.EnsureReadWrite(folder, "ConnectionStrings:Inquiries");
            DataFolderAccess.EnsureReadWriteFile(file, "ConnectionStrings:Inquiries");
        }

        try
        {
            if (onDisk && !File.Exists(file))
            {
                RefuseNewDatabaseBesideKeys(file);
                PrivateFiles.CreateEmptyFile(file);
            }

            PrepareOpened(file);
            if (onDisk)
            {
                PrivateFiles.Restrict(file, file + "-wal", file + "-shm");
                fileWatch.Watch(file);
            }
        }
        catch (SqliteException exception)
        {
            throw SqliteStartupFaults.Explain(exception, file);
        }
    }

    private void PrepareOpened(string file)
    {
        using var connection = new SqliteConnection(connectionString.Value);
        connection.Open();
        QuickCheck(connection, file);
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
        ProveKeysReadInquiries(connection);
        LogDatabaseReady(logger, connection.DataSource, journalMode ?? "unknown", synchronous switch
        {
            0 => "OFF",
            1 => "NORMAL",
            2 => "FULL",
            3 => "EXTRA",
            _ => synchronous.ToString(CultureInfo.InvariantCulture),
        });
    }

    private void RefuseNewDatabaseBesideKeys(string file)
    {
        var keysPath = Path.GetFullPath(keys.Value.KeysPath);
        if (database.Value.AllowNewDatabase || !Directory.Exists(keysPath) || !Directory.EnumerateFiles(keysPath, "key-*.xml").Any())
        {
            return;
        }

        throw new SiteStartupException(
            $"The database file {file} does not exist, but the key folder {keysPath} (DataProtection:KeysPath) already holds keys: "
            + "the database was probably deleted or moved, or ConnectionStrings:Inquiries names the wrong file. Restore the database "
            + "from a backup (restore FILE --passphrase-stdin) or correct the setting. If this really is a first start, set "
            + "Database__AllowNewDatabase=true once.");
    }

    /// <summary>A damaged page otherwise passes start-up and turns every contact POST and the inbox into a 500.</summary>
    private static void QuickCheck(SqliteConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read() && problems.Count < 3)
        {
            problems.Add(reader.GetString(0));
        }

        if (problems is not ["ok"])
        {
            throw SqliteStartupFaults.Damaged(file, "quick_check: " + string.Join("; ", problems));
        }
    }

    /// <summary>
    /// Decrypts the newest stored inquiry's name. A key ring that was moved away or replaced would otherwise be
    /// silently renewed: new messages acknowledged, every old one unreadable.
    /// </summary>
    private void ProveKeysReadInquiries(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'Inquiries';";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        command.CommandText = "SELECT Name FROM Inquiries WHERE Name IS NOT NULL ORDER BY ReceivedAt DESC LIMIT 1;";
        if (command.ExecuteScalar() is not string cipher)
        {
            return;
        }

        var keysPath = Path.GetFullPath(keys.Value.KeysPath);
        if (!Directory.Exists(keysPath) || !Directory.EnumerateFiles(keysPath, "key-*.xml").Any())
        {
            // Checked before Data Protection is asked: on an empty ring it would make a new key, which decrypts
            // nothing stored and would make the next start look like a key mismatch instead of a lost folder.
            throw KeysMissing(keysPath, "holds no keys");
        }

        try
        {
            protector.Unprotect(cipher);
        }
        catch (CryptographicException exception)
        {
            throw KeysMissing(keysPath, $"has no key that decrypts them ({exception.Message})");
        }
    }

    private static SiteStartupException KeysMissing(string keysPath, string problem) => new(
        $"The database holds inquiries, but the key folder {keysPath} (DataProtection:KeysPath) {problem}: every stored inquiry "
        + "would be unreadable. The key folder was probably moved, emptied or not restored. Stop the site and restore data/ from "
        + "a backup (restore FILE --passphrase-stdin), or put the original keys back in that folder, or point "
        + "DataProtection:KeysPath at them, then start again.");

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
