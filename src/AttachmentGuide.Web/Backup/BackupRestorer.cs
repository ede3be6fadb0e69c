using System.Globalization;
using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Web.Backup;

/// <summary>What <c>restore</c> reports.</summary>
public sealed record RestoreSummary(BackupManifest Manifest, string? MovedAsideTo);

/// <summary>
/// Puts a backup's database and keys where the settings name them. Everything is decrypted and checked in a
/// private work folder first (<see cref="BackupOpener"/>); only then is anything in the data folder touched. A
/// data folder that already holds a database or keys is refused, or with <c>force</c> its files are moved into
/// <c>before-restore-STAMP/</c> beside the database, never deleted.
/// </summary>
public static class BackupRestorer
{
    /// <summary>The files a restore would replace; empty means the data folder is free for it.</summary>
    public static IReadOnlyList<string> Occupants(BackupLocations locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        return locations.DatabaseFiles.Where(File.Exists).Concat(locations.KeyFiles()).ToList();
    }

    /// <summary>Refuses a data folder that holds a database or keys, unless <paramref name="force"/>.</summary>
    public static void EnsureFree(BackupLocations locations, bool force)
    {
        if (!force && Occupants(locations).Count > 0)
        {
            throw new BackupFormatException(
                $"{locations.DatabaseFile} or the key folder {locations.KeysFolder} already holds data; restore into an empty data folder, or pass --force to move the old files aside first");
        }
    }

    public static RestoreSummary Restore(BackupLocations locations, string backupFile, string passphrase, bool force, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(time);
        EnsureFree(locations, force);
        var occupants = Occupants(locations);

        if (SiteProcesses.HoldingOpen(locations.DatabaseFiles) is { } holder)
        {
            throw new BackupFormatException($"process {holder} has {locations.DatabaseFile} open: stop the site before restoring");
        }

        using var work = PrivateWorkFolder.Create("ag-restore-");
        var opened = BackupOpener.Open(backupFile, passphrase, work.Path, locations.KeySettings);

        string? aside = null;
        if (occupants.Count > 0)
        {
            aside = MoveAside(locations, occupants, time);
        }

        PrivateFiles.CreateFolder(locations.KeysFolder);
        foreach (var key in opened.KeyFiles)
        {
            Place(key, Path.Combine(locations.KeysFolder, Path.GetFileName(key)));
        }

        PrivateFiles.CreateFolder(locations.DatabaseFolder);
        Place(opened.DatabaseFile, locations.DatabaseFile);
        return new RestoreSummary(opened.Manifest, aside);
    }

    private static string MoveAside(BackupLocations locations, IReadOnlyList<string> occupants, TimeProvider time)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var aside = Path.Combine(locations.DatabaseFolder, "before-restore-" + stamp);
        PrivateFiles.CreateFolder(Path.Combine(aside, "keys"));
        var keyFiles = locations.KeyFiles();
        foreach (var file in occupants)
        {
            var into = keyFiles.Contains(file) ? Path.Combine(aside, "keys") : aside;
            File.Move(file, Path.Combine(into, Path.GetFileName(file)));
        }

        return aside;
    }

    /// <summary>Copied under a temporary name in the target folder, then renamed: never a half-copied file under the real name.</summary>
    private static void Place(string source, string target)
    {
        var partial = target + ".restoring";
        File.Delete(partial);
        using (var from = File.OpenRead(source))
        using (var to = PrivateWorkFolder.CreatePrivateFile(partial))
        {
            from.CopyTo(to);
            to.Flush(flushToDisk: true);
        }

        File.Move(partial, target);
    }
}
