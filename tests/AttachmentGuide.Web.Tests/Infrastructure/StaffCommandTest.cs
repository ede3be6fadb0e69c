namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// A test of the <c>staff</c> commands, run as staff run them (the built app as its own process) on a database of
/// the test's own: a SQLite file in a folder removed afterwards, or a new PostgreSQL database where
/// <see cref="TestDatabase"/> says so (made on first use, dropped afterwards).
/// </summary>
public abstract class StaffCommandTest : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ag-staff-cli-");
    private PostgresDatabase? _postgres;

    protected string DatabasePath => Path.Combine(_folder.FullName, "x.db");

    /// <summary>The settings that name this test's database, for the commands and for <see cref="StaffDatabase"/>.</summary>
    protected Dictionary<string, string> StoreSettings
    {
        get
        {
            if (!TestDatabase.OnPostgres)
            {
                return new(StringComparer.Ordinal) { ["ConnectionStrings:Inquiries"] = $"Data Source={DatabasePath}" };
            }

            _postgres ??= PostgresCluster.Shared.CreateDatabase();
            return new(StringComparer.Ordinal)
            {
                ["Database:Provider"] = Web.Data.DatabaseOptions.Postgres,
                ["ConnectionStrings:Inquiries"] = _postgres.ConnectionString,
            };
        }
    }

    /// <summary>How the commands name this test's database on their "Database:" line.</summary>
    protected string DatabaseShownAs
    {
        get
        {
            if (!TestDatabase.OnPostgres)
            {
                return DatabasePath;
            }

            var postgres = new Npgsql.NpgsqlConnectionStringBuilder(StoreSettings["ConnectionStrings:Inquiries"]);
            return $"{postgres.Host}:{postgres.Port}/{postgres.Database}";
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <c>staff ARGUMENTS</c> with <paramref name="stdin"/> on standard input.</summary>
    protected Task<CliResult> StaffAsync(string? stdin, params string[] arguments) =>
        StaffCliRunner.RunAsync(_folder.FullName, StoreSettings, stdin, ["staff", .. arguments]);

    /// <summary>This test's database, migrated, for setting up and checking what a command did.</summary>
    protected Task<StaffDatabase> OpenDatabaseAsync() => StaffDatabase.OpenAsync(StoreSettings);

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Pooled connections keep the file open; the folder cannot go while they do.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
            _postgres?.Dispose();
        }
    }
}
