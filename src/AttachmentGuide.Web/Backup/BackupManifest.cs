using System.Text.Json;
using System.Text.Json.Serialization;

namespace AttachmentGuide.Web.Backup;

/// <summary>What a backup holds, in counts and versions only: it is printed, so it never names a person.</summary>
public sealed record BackupManifest(
    int FormatVersion,
    string SchemaVersion,
    long Inquiries,
    long StaffAccounts,
    long AuditEntries,
    long OutboxMessages,
    int KeyFiles,
    DateTimeOffset CreatedAtUtc,
    string AppVersion)
{
    public const string EntryName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string AppVersionOfThisBuild =>
        typeof(BackupManifest).Assembly.GetName().Version?.ToString() ?? "unknown";

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static BackupManifest Parse(Stream json)
    {
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(json, Json)
                ?? throw new BackupFormatException("the backup's manifest is empty");
        }
        catch (JsonException)
        {
            throw new BackupFormatException("the backup's manifest cannot be read");
        }
    }

    /// <summary>The lines <c>backup</c> and <c>backup --verify</c> print.</summary>
    public IEnumerable<string> Describe()
    {
        yield return $"  created:        {CreatedAtUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC by version {AppVersion}";
        yield return $"  schema:         {SchemaVersion}";
        yield return $"  inquiries:      {Inquiries}";
        yield return $"  staff accounts: {StaffAccounts}";
        yield return $"  audit entries:  {AuditEntries}";
        yield return $"  outbox rows:    {OutboxMessages}";
        yield return $"  key files:      {KeyFiles}";
    }
}
