using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Backup;

/// <summary>A site with one staff account and two inquiries, and one backup of it made by the <c>backup</c> command.</summary>
public sealed class BackedUpSite : IAsyncLifetime
{
    public const string StaffEmail = "backup-owner@clinic.example";
    public const string DistinctiveMessage = "Marigold-Tuesday-7731 remembers the lighthouse";
    public const string DistinctiveEmail = "quince.tarragon.5521@example.org";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ag-backup-file-" + Guid.NewGuid().ToString("N"));

    public StaffSiteFactory Site { get; } = new();

    public string BackupFile => Path.Combine(_folder, "site.agbackup");

    public CliResult Made { get; private set; } = new(-1, "", "");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await StaffTestData.CreateStaffAsync(Site, StaffEmail);
        await StaffTestData.SaveAsync(Site, "Rowan Ashgrove", DistinctiveEmail, DistinctiveMessage);
        await StaffTestData.SaveAsync(Site, "Second Person", "second@example.org", "Another message");
        Made = await BackupCli.RunAsync(Site.DataPath, BackupCli.Passphrase, "backup", BackupFile, "--passphrase-stdin");
    }

    /// <summary>A fresh folder path (not created) to restore into.</summary>
    public static string NewTarget() => Path.Combine(Path.GetTempPath(), "ag-restore-target-" + Guid.NewGuid().ToString("N"));

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
