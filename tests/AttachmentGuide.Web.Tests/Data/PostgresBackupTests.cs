using System.Diagnostics;
using System.Text;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Tests.Infrastructure;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary>
/// Backups on PostgreSQL as README's "Backups on PostgreSQL" gives them: its two bash blocks run as written, against
/// the test cluster, with gpg encrypting the dump; and the site's own <c>backup</c>/<c>restore</c> pointing there.
/// </summary>
public sealed class PostgresBackupTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>, IDisposable
{
    private const string Staff = "keeper@clinic.example";
    private const string Passphrase = "harbour lantern orchard velvet 41";
    private static readonly ContactValues Person = new(
        "Rosalind Restore-Check", "rosalind.restore@example.com", Message: "Please call me back after the move to the new database");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ag-pg-backup-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string BackupFile => Path.Combine(_folder.FullName, "ag.pgdump.gpg");

    [Fact]
    public async Task The_READMEs_dump_restored_into_an_empty_database_serves_the_same_sign_in_and_inquiry()
    {
        var source = databases.Create();
        SubmittedInquiry inquiry;
        await using (var running = Site(source))
        {
            await StaffTestData.CreateStaffAsync(running, Staff);
            inquiry = await StaffTestData.SubmitContactFormAsync(running, Person);

            // Dumped while the site runs, as a nightly job would.
            var dumped = await RunBlockAsync("bash pg-backup", source);
            Assert.True(dumped.ExitCode == 0, dumped.Output);
        }

        var file = await File.ReadAllBytesAsync(BackupFile, Cancel);
        Assert.True(file.Length > 1000, $"the backup is {file.Length} bytes");
        foreach (var plain in new[] { "PGDMP", "DataProtectionKeys", "Inquiries", inquiry.Reference, Staff })
        {
            Assert.True(file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(plain)) < 0, $"the backup file holds \"{plain}\" in readable form");
        }

        var target = databases.Create();
        var restored = await RunBlockAsync("bash pg-restore", target);
        Assert.True(restored.ExitCode == 0, restored.Output);

        // A new instance with an empty key folder of its own: everything it needs came from the dump.
        await using var site = Site(target);
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(Staff);
        var details = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");
        var text = details.QuerySelector("dl.details")?.TextContent ?? string.Empty;
        Assert.Contains(Person.Name, text, StringComparison.Ordinal);
        Assert.Contains(Person.Message!, text, StringComparison.Ordinal);
        Assert.Contains(inquiry.Reference, details.QuerySelector("main")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restore_into_a_database_that_holds_the_site_fails_and_changes_nothing()
    {
        var source = databases.Create();
        await using (var running = Site(source))
        {
            await StaffTestData.SubmitContactFormAsync(running, Person);
            var dumped = await RunBlockAsync("bash pg-backup", source);
            Assert.True(dumped.ExitCode == 0, dumped.Output);
            await StaffTestData.SubmitContactFormAsync(running, Person with { Name = "Sent after the dump" });
        }

        var again = await RunBlockAsync("bash pg-restore", source);

        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already exists", again.Output, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(source.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"Inquiries\"", connection);
        Assert.Equal(2L, await count.ExecuteScalarAsync(Cancel));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task Backup_and_restore_on_PostgreSQL_point_to_pg_dump_in_one_line(string command)
    {
        var settings = databases.SettingsFor(DatabaseOptions.Postgres);
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value, StringComparer.Ordinal);

        var result = await CliRunner.RunAsync(_folder.FullName, Passphrase + "\n", environment, command, BackupFile, "--passphrase-stdin");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(command + ": the database is PostgreSQL", line, StringComparison.Ordinal);
        Assert.Contains("pg_dump", line, StringComparison.Ordinal);
        Assert.Contains("Backups on PostgreSQL", line, StringComparison.Ordinal);
        Assert.False(File.Exists(BackupFile), "the command wrote a file it said it would not");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static StaffSiteFactory Site(PostgresDatabase database)
    {
        var site = new StaffSiteFactory();
        site.Settings["Database:Provider"] = DatabaseOptions.Postgres;
        site.Settings["ConnectionStrings:Inquiries"] = database.ConnectionString;
        return site;
    }

    /// <summary>Runs the README block fenced as <paramref name="fence"/> with bash, PostgreSQL's programs first on PATH.</summary>
    private async Task<(int ExitCode, string Output)> RunBlockAsync(string fence, PostgresDatabase database)
    {
        SystemComponent.SkipOrFailWhenMissing(File.Exists("/usr/bin/gpg"), "gpg", "apt-get install -y gnupg");
        var block = Assert.Single(ReadmeBlocks.Of(fence));
        var passphraseFile = Path.Combine(_folder.FullName, "passphrase");
        await File.WriteAllTextAsync(passphraseFile, Passphrase + "\n", Cancel);
        var gnupgHome = Directory.CreateDirectory(Path.Combine(_folder.FullName, "gnupg"));
        var start = new ProcessStartInfo("bash", ["-c", block])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder.FullName,
        };
        start.Environment["PATH"] = PostgresCluster.BinFolder + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["AG_DATABASE_URL"] = database.Url;
        start.Environment["AG_PASSPHRASE_FILE"] = passphraseFile;
        start.Environment["AG_BACKUP"] = BackupFile;
        start.Environment["GNUPGHOME"] = gnupgHome.FullName;
        var password = PostgresCluster.PasswordVariable;
        start.Environment[password.Key] = password.Value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = await process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, error + await output);
    }
}
