using System.Globalization;
using AttachmentGuide.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// A consistent copy of the live SQLite database through SQLite's online backup API: it reads one snapshot while
/// the site goes on writing (WAL), where a file copy could tear a page or miss what still sits in the -wal file.
/// </summary>
public static class DatabaseSnapshot
{
    public static void Take(string sourceFile, string destinationFile)
    {
        if (!File.Exists(sourceFile))
        {
            throw new BackupFormatException($"there is no database at {sourceFile} (ConnectionStrings:Inquiries)");
        }

        // Never created (ReadWrite, not ReadWriteCreate) and not pooled: the backup only reads the site's database.
        // Read-only would fail on a WAL database whose -shm file the stopped site has removed.
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = sourceFile,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        using var destination = Open(destinationFile, SqliteOpenMode.ReadWriteCreate);
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
        // The copy carries the site's WAL setting; a plain rollback-journal file is one self-contained file to
        // archive and to open read-only later. The site turns WAL on again when it starts on a restored copy.
        using var command = destination.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = DELETE;";
        command.ExecuteNonQuery();
    }

    /// <summary>The manifest's numbers, read from the snapshot itself.</summary>
    public static (string Schema, long Inquiries, long Staff, long Audit, long Outbox) Describe(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        connection.Open();
        return (
            Scalar(connection, $"SELECT MigrationId FROM \"{SqliteMigrations.HistoryTable}\" ORDER BY MigrationId DESC LIMIT 1") as string ?? "none",
            Count(connection, "Inquiries"),
            Count(connection, "AspNetUsers"),
            Count(connection, "AuditLog"),
            Count(connection, "Outbox"));
    }

    /// <summary>"ok", or the first problems <c>PRAGMA integrity_check</c> reports.</summary>
    public static string IntegrityCheck(string file)
    {
        try
        {
            using var connection = Open(file, SqliteOpenMode.ReadOnly);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check(5);";
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join("; ", lines);
        }
        catch (SqliteException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>The newest inquiry's stored (encrypted) name, to prove the key ring reads it; null when there is none.</summary>
    public static string? NewestProtectedName(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        connection.Open();
        return HasTable(connection, "Inquiries")
            ? Scalar(connection, "SELECT Name FROM Inquiries WHERE Name IS NOT NULL ORDER BY ReceivedAt DESC LIMIT 1") as string
            : null;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());

    private static long Count(SqliteConnection connection, string table) =>
        HasTable(connection, table)
            ? Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM \"{table}\""), CultureInfo.InvariantCulture)
            : 0;

    private static bool HasTable(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        if (sql.Contains(SqliteMigrations.HistoryTable, StringComparison.Ordinal) && !HasTable(connection, SqliteMigrations.HistoryTable))
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
