namespace AttachmentGuide.Web.Backup;

/// <summary>A backup decrypted and checked in a private work folder: its manifest, database file and key files.</summary>
public sealed record OpenedBackup(BackupManifest Manifest, string DatabaseFile, IReadOnlyList<string> KeyFiles);
