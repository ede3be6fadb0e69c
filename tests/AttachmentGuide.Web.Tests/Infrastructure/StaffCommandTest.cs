namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// A test of the <c>staff</c> commands, run as staff run them (the built app as its own process) on a database
/// folder of the test's own, removed afterwards.
/// </summary>
public abstract class StaffCommandTest : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ag-staff-cli-");

    protected string DatabasePath => Path.Combine(_folder.FullName, "x.db");

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <c>staff ARGUMENTS</c> with <paramref name="stdin"/> on standard input.</summary>
    protected Task<CliResult> StaffAsync(string? stdin, params string[] arguments) =>
        StaffCliRunner.RunAsync(DatabasePath, stdin, ["staff", .. arguments]);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Pooled connections keep the file open; the folder cannot go while they do.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
        }
    }
}
