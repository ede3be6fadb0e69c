using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Tests.Faults;

/// <summary>
/// The data folder, or the database file in it, owned by another user than the one the site runs as (a restore done
/// as root, a wrong chown): start-up stops with one line naming the path and the permission needed. Root ignores
/// file modes, so the site is run as nobody (setpriv) against folders and files root made private.
/// </summary>
public sealed class DataPermissionTests : IDisposable
{
    private const string Nobody = "65534";
    private readonly SiteDataFolder _data = new("ag-permission-");

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("keys", "rwx")]
    [InlineData("database", "rwx")]
    [InlineData("database-file", "read and write on the file")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_data_folder_or_database_file_the_site_user_cannot_use_stops_start_up_naming_the_path_and_the_permission(string which, string permission)
    {
        var asRoot = Environment.UserName == "root" && File.Exists("/usr/bin/setpriv");
        SystemComponent.SkipOrFailWhenMissing(asRoot, "Running the site as another user (root and /usr/bin/setpriv)", "run the tests as root with util-linux installed (apt-get install -y util-linux)");
        var databaseFolder = Path.Combine(_data.Path, "db");
        var databaseFile = Path.Combine(databaseFolder, "ag.db");
        var keysFolder = Path.Combine(_data.Path, "keys");
        Directory.CreateDirectory(databaseFolder);
        Directory.CreateDirectory(keysFolder);
        File.SetUnixFileMode(_data.Path, (UnixFileMode)0b111_101_101);
        var blocked = which switch
        {
            "keys" => keysFolder,
            "database" => databaseFolder,
            _ => databaseFile,
        };
        var open = (UnixFileMode)0b111_111_111;
        File.SetUnixFileMode(keysFolder, blocked == keysFolder ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : open);
        File.SetUnixFileMode(databaseFolder, blocked == databaseFolder ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : open);
        if (blocked == databaseFile)
        {
            // A database left by a restore run as root: the folder is usable, the file is root's alone (mode 600).
            CreateDatabase(databaseFile);
            File.SetUnixFileMode(databaseFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var environment = SiteEnvironment.For(_data, "Production");
        environment["ConnectionStrings__Inquiries"] = $"Data Source={databaseFile}";
        environment["DataProtection__KeysPath"] = keysFolder;
        environment["HOME"] = Path.GetTempPath();

        var line = await StartupRefusal.LineAsync(() => SiteProcess.StartAsync(
            environment, Path.GetTempPath(), TimeSpan.FromSeconds(90), ["setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups"],
            TestContext.Current.CancellationToken));

        Assert.Contains(blocked, line, StringComparison.Ordinal);
        Assert.Contains(permission, line, StringComparison.Ordinal);
    }

    private static void CreateDatabase(string file)
    {
        using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE left_by_root (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }
}
