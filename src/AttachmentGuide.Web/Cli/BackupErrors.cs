using AttachmentGuide.Web.Backup;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Cli;

/// <summary>Turns what can go wrong in <c>backup</c> and <c>restore</c> into one line on standard error and exit code 1.</summary>
public static class BackupErrors
{
    public static int Run(string command, TextWriter error, Func<int> run)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return run();
        }
        catch (BackupFormatException exception)
        {
            error.WriteLine($"{command}: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SqliteException)
        {
            error.WriteLine($"{command}: {exception.Message.ReplaceLineEndings(" ")}");
        }

        return ExitCodes.Failure;
    }
}
