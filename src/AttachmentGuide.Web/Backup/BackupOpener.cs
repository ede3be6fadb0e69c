using System.Formats.Tar;
using System.Xml;
using AttachmentGuide.Web.Data.Sqlite;
using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// Decrypts a backup into a private work folder and checks everything in it before anyone uses it: every tag,
/// the archive's entries, the manifest, <c>PRAGMA integrity_check</c>, the counts against the manifest, and that
/// the key ring decrypts the newest stored inquiry.
/// </summary>
public static class BackupOpener
{
    public static OpenedBackup Open(string backupFile, string passphrase, string workFolder, DataProtectionSettings keySettings)
    {
        var payload = Path.Combine(workFolder, "payload.tar");
        try
        {
            using var input = File.OpenRead(backupFile);
            using var output = PrivateWorkFolder.CreatePrivateFile(payload);
            BackupDecryptor.Decrypt(input, output, passphrase);
        }
        catch (FileNotFoundException)
        {
            throw new BackupFormatException($"there is no file {Path.GetFullPath(backupFile)}");
        }

        var opened = Extract(payload, Path.Combine(workFolder, "contents"));
        File.Delete(payload);
        Check(opened, keySettings);
        return opened;
    }

    private static OpenedBackup Extract(string payload, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "keys"));
        BackupManifest? manifest = null;
        string? database = null;
        var keys = new List<string>();
        try
        {
            using var stream = File.OpenRead(payload);
            using var tar = new TarReader(stream);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType != TarEntryType.RegularFile || entry.DataStream is null)
                {
                    throw new BackupFormatException($"the backup holds an unexpected entry '{entry.Name}'");
                }

                if (entry.Name == BackupManifest.EntryName)
                {
                    manifest = BackupManifest.Parse(entry.DataStream);
                }
                else if (entry.Name == BackupLocations.DatabaseEntry)
                {
                    database = Path.Combine(folder, "attachmentguide.db");
                    entry.ExtractToFile(database, overwrite: false);
                }
                else if (KeyFileName(entry.Name) is { } keyName)
                {
                    var key = Path.Combine(folder, "keys", keyName);
                    entry.ExtractToFile(key, overwrite: false);
                    keys.Add(key);
                }
                else
                {
                    throw new BackupFormatException($"the backup holds an unexpected entry '{entry.Name}'");
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or IOException)
        {
            throw new BackupFormatException("the backup's archive is damaged: " + exception.Message);
        }

        return new OpenedBackup(
            manifest ?? throw new BackupFormatException("the backup holds no manifest"),
            database ?? throw new BackupFormatException("the backup holds no database"),
            keys);
    }

    /// <summary>Only a plain <c>keys/NAME.xml</c>: no folder, no "..", nothing that could land outside the work folder.</summary>
    private static string? KeyFileName(string entryName)
    {
        if (!entryName.StartsWith(BackupLocations.KeysEntryFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var name = entryName[BackupLocations.KeysEntryFolder.Length..];
        return name.EndsWith(".xml", StringComparison.Ordinal) && name.Length > 4 && name == Path.GetFileName(name)
            && !name.StartsWith('.') && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
            ? name
            : null;
    }

    private static void Check(OpenedBackup opened, DataProtectionSettings keySettings)
    {
        var manifest = opened.Manifest;
        if (manifest.FormatVersion != BackupFormat.Version)
        {
            throw new BackupFormatException($"the backup's manifest has format version {manifest.FormatVersion}; this site reads {BackupFormat.Version}");
        }

        if (manifest.SchemaVersion != "none" && !SqliteMigrations.Ids.Contains(manifest.SchemaVersion, StringComparer.Ordinal))
        {
            throw new BackupFormatException($"the backup's database has schema {manifest.SchemaVersion}, which this version of the site does not know (made by a newer version?)");
        }

        var integrity = DatabaseSnapshot.IntegrityCheck(opened.DatabaseFile);
        if (integrity != "ok")
        {
            throw new BackupFormatException("the backup's database fails PRAGMA integrity_check: " + integrity);
        }

        var (schema, inquiries, staff, audit, outbox) = DatabaseSnapshot.Describe(opened.DatabaseFile);
        if (schema != manifest.SchemaVersion || inquiries != manifest.Inquiries || staff != manifest.StaffAccounts
            || audit != manifest.AuditEntries || outbox != manifest.OutboxMessages || opened.KeyFiles.Count != manifest.KeyFiles)
        {
            throw new BackupFormatException("the backup's database does not match its manifest");
        }

        foreach (var key in opened.KeyFiles)
        {
            try
            {
                var document = new XmlDocument { XmlResolver = null };
                using var reader = XmlReader.Create(key, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                document.Load(reader);
                if (document.DocumentElement?.LocalName != "key")
                {
                    throw new XmlException("not a key");
                }
            }
            catch (XmlException)
            {
                throw new BackupFormatException($"the backup's key file {Path.GetFileName(key)} is not a Data Protection key");
            }
        }

        BackupKeyRing.ProveReads(Path.Combine(Path.GetDirectoryName(opened.DatabaseFile)!, "keys"), opened.DatabaseFile, keySettings);
    }
}
