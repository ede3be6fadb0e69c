namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// Holds the database file open from start-up and tells whether the path still names that same file. If the
/// file is deleted, moved or replaced while the site runs, SQLite keeps writing to the old one, and a person
/// would be thanked for a message that no one will ever read: writes then stop (see <see cref="SqliteWriteGate"/>).
/// "The same file" is the same device and inode (<see cref="UnixFileIdentity"/>), never a comparison of path text,
/// which a symlink in the data path would fool. On Linux only; elsewhere the check is skipped.
/// </summary>
public sealed partial class SqliteFileWatch(ILogger<SqliteFileWatch> logger) : IDisposable
{
    private FileStream? _held;
    private string? _path;
    private FileIdentity? _opened;
    private volatile bool _lost;

    /// <summary>Starts watching <paramref name="path"/>, the file start-up has just prepared.</summary>
    public void Watch(string path)
    {
        _held?.Dispose();
        _path = Path.GetFullPath(path);
        _held = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _opened = OperatingSystem.IsLinux() ? UnixFileIdentity.OfHandle(_held.SafeFileHandle) : null;
        if (OperatingSystem.IsLinux() && _opened is null)
        {
            LogCannotWatch(logger, _path);
        }
    }

    /// <summary>False once the path no longer names the file opened at start-up; logged as Critical once.</summary>
    public bool IsStillTheOpenedFile()
    {
        if (_lost)
        {
            return false;
        }

        if (_opened is not { } opened || _path is null)
        {
            return true;
        }

        // No file at the path, or one that cannot be looked at, is as lost as a different one: nothing proves it is ours.
        if (UnixFileIdentity.OfPath(_path) == opened)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database file {DatabaseFile} cannot be identified (statx failed): "
        + "a deleted or replaced file will not be noticed while the site runs.")]
    private static partial void LogCannotWatch(ILogger logger, string databaseFile);
}
