using System.Security.Cryptography;
using System.Text;
using AttachmentGuide.Web.Backup;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Backup;

/// <summary><c>backup</c> and <c>backup --verify</c> on a site with two inquiries: what they print, and what the file holds.</summary>
public sealed class BackupCommandTests(BackedUpSite backedUp) : IClassFixture<BackedUpSite>
{
    [Fact]
    public void Backup_prints_the_counts_size_and_hash_of_the_file_and_no_personal_data()
    {
        var made = backedUp.Made;
        Assert.True(made.ExitCode == 0, made.StandardError);
        var bytes = File.ReadAllBytes(backedUp.BackupFile);
        Assert.Contains("  inquiries:      2", made.OutputLines);
        Assert.Contains("  staff accounts: 1", made.OutputLines);
        Assert.Contains($"  size:           {bytes.Length} bytes", made.OutputLines);
        Assert.Contains($"  sha256:         {Convert.ToHexStringLower(SHA256.HashData(bytes))}", made.OutputLines);
        Assert.Contains(made.OutputLines, l => l.StartsWith("  schema:         2026", StringComparison.Ordinal));
        foreach (var personal in new[] { "Rowan", BackedUpSite.DistinctiveEmail, BackedUpSite.StaffEmail, "Marigold" })
        {
            Assert.DoesNotContain(personal, made.StandardOutput + made.StandardError, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_backup_file_is_private_and_made_with_600000_pbkdf2_iterations()
    {
        Assert.True(backedUp.Made.ExitCode == 0, backedUp.Made.StandardError);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backedUp.BackupFile));
        }

        var header = File.ReadAllBytes(backedUp.BackupFile)[..BackupFormat.HeaderSize];
        Assert.Equal(600_000, BackupFormat.Parse(header).Iterations);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(backedUp.BackupFile)!, "*.partial", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_backup_file_holds_no_plaintext_not_a_message_an_address_the_database_or_a_key()
    {
        Assert.True(backedUp.Made.ExitCode == 0, backedUp.Made.StandardError);
        var raw = File.ReadAllBytes(backedUp.BackupFile);
        var keyFile = Directory.GetFiles(Path.Combine(backedUp.Site.DataPath, "keys"), "key-*.xml").First();
        var keyId = Path.GetFileNameWithoutExtension(keyFile)["key-".Length..];
        foreach (var text in new[] { BackedUpSite.DistinctiveMessage, BackedUpSite.DistinctiveEmail, BackedUpSite.StaffEmail, "SQLite format 3", "<masterKey", "<key", keyId, "manifest", "Inquiries" })
        {
            Assert.True(raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) < 0, $"'{text}' is readable in the backup file");
            Assert.True(raw.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) < 0, $"'{text}' is readable (UTF-16) in the backup file");
        }
    }

    [Fact]
    public async Task Verify_opens_the_backup_checks_it_and_prints_the_manifest()
    {
        var verified = await BackupCli.RunAsync(backedUp.Site.DataPath, BackupCli.Passphrase, "backup", "--verify", backedUp.BackupFile, "--passphrase-stdin");

        Assert.True(verified.ExitCode == 0, verified.StandardError);
        Assert.Contains(verified.OutputLines, l => l.Contains("is a sound backup", StringComparison.Ordinal) && l.Contains("integrity_check ok", StringComparison.Ordinal));
        Assert.Contains("  inquiries:      2", verified.OutputLines);
        Assert.Contains("  key files:      1", verified.OutputLines);
        Assert.Contains(verified.OutputLines, l => l.StartsWith("  created:        ", StringComparison.Ordinal) && l.EndsWith(BackupManifest.AppVersionOfThisBuild, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_reads_the_passphrase_from_a_file_and_refuses_a_wrong_one_in_one_line()
    {
        var file = Path.Combine(Path.GetTempPath(), "ag-passphrase-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(file, BackupCli.Passphrase + "\n");
            var verified = await BackupCli.RunAsync(backedUp.Site.DataPath, null, "backup", "--verify", backedUp.BackupFile, "--passphrase-file", file);
            File.WriteAllText(file, "not the passphrase at all\n");
            var refused = await BackupCli.RunAsync(backedUp.Site.DataPath, null, "backup", "--verify", backedUp.BackupFile, "--passphrase-file", file);

            Assert.True(verified.ExitCode == 0, verified.StandardError);
            Assert.Equal(1, refused.ExitCode);
            Assert.Equal(["backup --verify: the passphrase is wrong, or the backup file was changed"], refused.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Backup_asks_for_a_passphrase_of_at_least_12_characters()
    {
        var target = Path.Combine(Path.GetTempPath(), "ag-short-" + Guid.NewGuid().ToString("N") + ".agbackup");
        var result = await BackupCli.RunAsync(backedUp.Site.DataPath, "too short", "backup", target, "--passphrase-stdin");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["backup: the passphrase must be at least 12 characters (a few unrelated words is easiest)"], result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(target));
    }
}
