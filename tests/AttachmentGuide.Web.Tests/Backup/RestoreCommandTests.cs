using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Backup;

/// <summary>
/// <c>restore</c> from the <see cref="BackedUpSite"/> backup: a damaged file or wrong passphrase writes nothing and
/// says why in one line; a data folder in use is refused, or with <c>--force</c> moved aside, never deleted.
/// </summary>
public sealed class RestoreCommandTests(BackedUpSite backedUp) : IClassFixture<BackedUpSite>
{
    public enum Damage
    {
        WrongPassphrase,
        CutOffAtTheEnd,
        CutOffInTheMiddle,
        HeaderByteFlipped,
        BodyByteFlipped,
        LastByteFlipped,
    }

    [Theory]
    [InlineData(Damage.WrongPassphrase)]
    [InlineData(Damage.CutOffAtTheEnd)]
    [InlineData(Damage.CutOffInTheMiddle)]
    [InlineData(Damage.HeaderByteFlipped)]
    [InlineData(Damage.BodyByteFlipped)]
    [InlineData(Damage.LastByteFlipped)]
    public async Task A_damaged_backup_or_a_wrong_passphrase_is_refused_in_one_line_and_nothing_is_written(Damage damage)
    {
        Assert.True(backedUp.Made.ExitCode == 0, backedUp.Made.StandardError);
        var bytes = File.ReadAllBytes(backedUp.BackupFile);
        var damaged = Path.Combine(Path.GetTempPath(), $"ag-damaged-{Guid.NewGuid():N}.agbackup");
        File.WriteAllBytes(damaged, damage switch
        {
            Damage.CutOffAtTheEnd => bytes[..^1],
            Damage.CutOffInTheMiddle => bytes[..(bytes.Length / 2)],
            Damage.HeaderByteFlipped => Flip(bytes, 20),
            Damage.BodyByteFlipped => Flip(bytes, bytes.Length / 2),
            Damage.LastByteFlipped => Flip(bytes, bytes.Length - 1),
            _ => bytes,
        });
        var passphrase = damage == Damage.WrongPassphrase ? "lantern orchard violet compasS" : BackupCli.Passphrase;
        var target = BackedUpSite.NewTarget();
        try
        {
            var restored = await BackupCli.RunAsync(target, passphrase, "restore", damaged, "--passphrase-stdin");
            var verified = await BackupCli.RunAsync(target, passphrase, "backup", "--verify", damaged, "--passphrase-stdin");

            foreach (var (result, command) in new[] { (restored, "restore"), (verified, "backup --verify") })
            {
                Assert.Equal(1, result.ExitCode);
                Assert.Equal("", result.StandardOutput);
                var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.StartsWith(command + ": the ", line, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
            }

            Assert.False(Directory.Exists(target), "A refused restore created or wrote into the data folder");
        }
        finally
        {
            File.Delete(damaged);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_data_folder_with_a_database_is_refused_and_force_moves_it_aside_before_restoring()
    {
        Assert.True(backedUp.Made.ExitCode == 0, backedUp.Made.StandardError);
        var target = BackedUpSite.NewTarget();
        try
        {
            Directory.CreateDirectory(Path.Combine(target, "keys"));
            File.WriteAllText(Path.Combine(target, "ag.db"), "the old database");
            File.WriteAllText(Path.Combine(target, "keys", "key-old.xml"), "<key id=\"old\" />");

            var refused = await BackupCli.RunAsync(target, BackupCli.Passphrase, "restore", backedUp.BackupFile, "--passphrase-stdin");
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("--force", Assert.Single(refused.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
            Assert.Equal("the old database", File.ReadAllText(Path.Combine(target, "ag.db")));

            var forced = await BackupCli.RunAsync(target, BackupCli.Passphrase, "restore", backedUp.BackupFile, "--passphrase-stdin", "--force");
            Assert.True(forced.ExitCode == 0, forced.StandardError);
            var aside = Assert.Single(Directory.GetDirectories(target, "before-restore-*"));
            Assert.Matches(@"before-restore-\d{8}T\d{6}Z$", aside);
            Assert.Contains(forced.OutputLines, l => l.Contains(aside, StringComparison.Ordinal));
            Assert.Equal("the old database", File.ReadAllText(Path.Combine(aside, "ag.db")));
            Assert.Equal("<key id=\"old\" />", File.ReadAllText(Path.Combine(aside, "keys", "key-old.xml")));
            Assert.Equal(["inquiries: 2"], forced.OutputLines.Where(l => l.Contains("inquiries:", StringComparison.Ordinal)).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
            Assert.False(File.Exists(Path.Combine(target, "keys", "key-old.xml")));
            Assert.Single(Directory.GetFiles(Path.Combine(target, "keys"), "key-*.xml"));
            Assert.Equal("ok", InquiryTable.IntegrityCheck(Path.Combine(target, "ag.db")));
            Assert.Equal(2, InquiryTable.ReadAll(Path.Combine(target, "ag.db")).Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_refuses_while_the_site_has_the_database_open()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("The check for a running site reads /proc (Linux only).");
        }

        Assert.True(backedUp.Made.ExitCode == 0, backedUp.Made.StandardError);
        // The fixture's site is running on its data folder (in this test process): restoring over it is refused.
        var refused = await BackupCli.RunAsync(backedUp.Site.DataPath, BackupCli.Passphrase, "restore", backedUp.BackupFile, "--passphrase-stdin", "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("stop the site before restoring", Assert.Single(refused.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(backedUp.Site.DataPath, "before-restore-*"));
    }

    private static byte[] Flip(byte[] bytes, int position)
    {
        var copy = (byte[])bytes.Clone();
        copy[position] ^= 0x40;
        return copy;
    }
}
