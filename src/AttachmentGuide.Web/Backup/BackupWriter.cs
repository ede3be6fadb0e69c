using System.Formats.Tar;
using System.Security.Cryptography;
using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Web.Backup;

/// <summary>What <c>backup</c> reports: counts and the file's size and hash, never a row's content.</summary>
public sealed record BackupSummary(BackupManifest Manifest, long Bytes, string Sha256);

/// <summary>
/// Makes one encrypted backup file: a snapshot of the database, the key ring and a manifest in a tar archive,
/// sealed with <see cref="BackupEncryptingStream"/>. It is written under a temporary name beside the target and renamed
/// only when complete, so the target is never a half-written backup.
/// </summary>
public static class BackupWriter
{
    public static BackupSummary Write(BackupLocations locations, string targetFile, string passphrase, int iterations = BackupFormat.Iterations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        var target = Path.GetFullPath(targetFile);
        var targetFolder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(targetFolder))
        {
            throw new BackupFormatException($"the folder {targetFolder} does not exist");
        }

        var keyFiles = locations.KeyFiles();
        if (keyFiles.Count == 0)
        {
            throw new BackupFormatException($"the key folder {locations.KeysFolder} (DataProtection:KeysPath) holds no keys; without them no inquiry in a backup could be read");
        }

        using var work = PrivateWorkFolder.Create("ag-backup-");
        var snapshot = Path.Combine(work.Path, "snapshot.db");
        DatabaseSnapshot.Take(locations.DatabaseFile, snapshot);
        var (schema, inquiries, staff, audit, outbox) = DatabaseSnapshot.Describe(snapshot);
        var manifest = new BackupManifest(BackupFormat.Version, schema, inquiries, staff, audit, outbox, keyFiles.Count, DateTimeOffset.UtcNow, BackupManifest.AppVersionOfThisBuild);

        var partial = Path.Combine(targetFolder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var file = PrivateWorkFolder.CreatePrivateFile(partial))
            {
                using (var sealing = new BackupEncryptingStream(file, passphrase, iterations))
                {
                    using (var tar = new TarWriter(sealing, TarEntryFormat.Pax, leaveOpen: true))
                    {
                        Add(tar, BackupManifest.EntryName, new MemoryStream(manifest.ToJson()));
                        using (var database = File.OpenRead(snapshot))
                        {
                            Add(tar, BackupLocations.DatabaseEntry, database);
                        }

                        foreach (var key in keyFiles)
                        {
                            using var keyStream = new MemoryStream(File.ReadAllBytes(key));
                            Add(tar, BackupLocations.KeysEntryFolder + Path.GetFileName(key), keyStream);
                        }
                    }

                    sealing.Complete();
                }

                file.Flush(flushToDisk: true);
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        PrivateFiles.Restrict(target);
        using var written = File.OpenRead(target);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(written));
        return new BackupSummary(manifest, written.Length, sha256);
    }

    private static void Add(TarWriter tar, string name, Stream content)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = content,
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            ModificationTime = DateTimeOffset.UnixEpoch,
        };
        tar.WriteEntry(entry);
    }
}
