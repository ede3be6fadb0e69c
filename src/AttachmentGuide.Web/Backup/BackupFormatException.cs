namespace AttachmentGuide.Web.Backup;

/// <summary>A backup that cannot be made, opened or restored; the message is one line for the operator, with no personal data.</summary>
public sealed class BackupFormatException(string message) : Exception(message);
