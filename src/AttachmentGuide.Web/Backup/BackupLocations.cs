using AttachmentGuide.Web.Data.Sqlite;
using AttachmentGuide.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// The database file and key folder the site's settings name (<c>ConnectionStrings:Inquiries</c>,
/// <c>DataProtection:KeysPath</c>), absolute. Unlike the site's own start-up this creates nothing.
/// </summary>
public sealed record BackupLocations(string DatabaseFile, string KeysFolder, DataProtectionSettings KeySettings)
{
    public const string DatabaseEntry = "database/attachmentguide.db";
    public const string KeysEntryFolder = "keys/";

    public string DatabaseFolder => Path.GetDirectoryName(DatabaseFile)!;

    /// <summary>The database and the files SQLite keeps beside it.</summary>
    public IEnumerable<string> DatabaseFiles => [DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm", DatabaseFile + "-journal"];

    /// <summary>
    /// The site's own files, for <c>backup</c> and <c>restore</c>, which refuse a site on PostgreSQL with the way
    /// to back that one up instead.
    /// </summary>
    public static BackupLocations OfSite(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (Data.DatabaseOptions.IsPostgres(configuration))
        {
            // PostgreSQL's own tools already make a consistent dump of a live database, the key ring included.
            throw new BackupFormatException(
                "the database is PostgreSQL, and these commands copy a SQLite file: back it up with pg_dump and restore it with "
                + "pg_restore (README, \"Backups on PostgreSQL\"); the dump holds the key ring too");
        }

        return From(configuration);
    }

    public static BackupLocations From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(SqliteConnectionStrings.ConnectionStringName) ?? SqliteConnectionStrings.DefaultConnectionString);
        if (connection.DataSource is not { Length: > 0 } source || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal))
        {
            throw new BackupFormatException($"ConnectionStrings:{SqliteConnectionStrings.ConnectionStringName} names no database file to back up or restore");
        }

        var keys = configuration.GetSection(DataProtectionSettings.SectionName).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        return new BackupLocations(Path.GetFullPath(source), Path.GetFullPath(keys.KeysPath), keys);
    }

    /// <summary>The key ring's files (Data Protection writes one <c>key-GUID.xml</c> per key).</summary>
    public IReadOnlyList<string> KeyFiles() =>
        Directory.Exists(KeysFolder) ? Directory.GetFiles(KeysFolder, "*.xml").Order(StringComparer.Ordinal).ToArray() : [];
}
