using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>What an operator is told when SQLite refuses the database at start-up: the file, the setting, what to do.</summary>
public static class SqliteStartupFaults
{
    private const string Setting = "ConnectionStrings:" + SqliteConnectionStrings.ConnectionStringName;
    private const string RestoreHint = "restore it from a backup (the restore command: restore FILE --passphrase-stdin)";

    public static SiteStartupException Explain(SqliteException exception, string file)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.SqliteErrorCode switch
        {
            11 or 26 => Damaged(file, exception.Message),
            8 => new SiteStartupException(
                $"The database file {file} cannot be written ({exception.Message}): the file, its folder or the disk is read-only. "
                + $"Give the site's user write access to the file and its folder, or set {Setting} to another file."),
            14 => new SiteStartupException(
                $"The database file {file} cannot be opened ({exception.Message}). Check that its folder exists and the site's user "
                + $"can read and write there, or set {Setting} to another file."),
            _ => new SiteStartupException(
                $"The database file {file} could not be prepared (SQLite error {exception.SqliteErrorCode}: {exception.Message}). Check {Setting}."),
        };
    }

    public static SiteStartupException Damaged(string file, string detail) => new(
        $"The database file {file} is damaged ({detail}). Stop the site, keep a copy of the file, and {RestoreHint}; "
        + $"or set {Setting} to the right file.");
}
