namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// Holds the database file open from start-up and tells whether the path still names that same file. If the
/// file is deleted, moved or replaced while the site runs, SQLite keeps writing to the old one, and a person
/// would be thanked for a message that no one will ever read: writes then stop (see <see cref="SqliteWriteGate"/>).
/// On Linux the held descriptor's link in /proc names the file it is (with " (deleted)" once unlinked); elsewhere
/// the check is skipped.
/// </summary>
public sealed partial class SqliteFileWatch(ILogger<SqliteFileWatch> logger) : IDisposable
{
    private FileStream? _held;
    private string? _path;
    private volatile bool _lost;

    /// <summary>Starts watching <paramref name="path"/>, the file start-up has just prepared.</summary>
    public void Watch(string path)
    {
        _held?.Dispose();
        _path = path;
        _held = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>False once the path no longer names the file opened at start-up; logged as Critical once.</summary>
    public bool IsStillTheOpenedFile()
    {
        if (_lost)
        {
            return false;
        }

        if (_held is null || _path is null || !OperatingSystem.IsLinux())
        {
            return true;
        }

        var target = new FileInfo($"/proc/self/fd/{_held.SafeFileHandle.DangerousGetHandle()}").LinkTarget;
        if (target is null || string.Equals(target, _path, StringComparison.Ordinal))
        {
            return true;
        }

        _lost = true;
        LogFileReplaced(logger, _path);
        return false;
    }

    public void Dispose() => _held?.Dispose();

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database file {DatabaseFile} was deleted, moved or replaced while the site ran: "
        + "submissions are refused with 503 until the site is restarted. Put the right file back (or restore a backup), then restart.")]
    private static partial void LogFileReplaced(ILogger logger, string databaseFile);
}
