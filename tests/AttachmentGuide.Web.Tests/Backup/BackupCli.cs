using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Backup;

/// <summary>Runs <c>backup</c> and <c>restore</c> as the operator does: a separate process, settings from the environment, the passphrase on standard input.</summary>
public static class BackupCli
{
    public const string Passphrase = "lantern orchard violet compass";

    /// <summary>The settings of a data folder laid out as the test sites lay theirs out: <c>ag.db</c> and <c>keys/</c>.</summary>
    public static Dictionary<string, string> Settings(string dataFolder) => new(StringComparer.Ordinal)
    {
        ["ConnectionStrings__Inquiries"] = $"Data Source={Path.Combine(dataFolder, "ag.db")}",
        ["DataProtection__KeysPath"] = Path.Combine(dataFolder, "keys"),
    };

    public static Task<CliResult> RunAsync(string dataFolder, string? passphrase, params string[] arguments) =>
        CliRunner.RunAsync(Path.GetTempPath(), passphrase is null ? null : passphrase + "\n", Settings(dataFolder), arguments);
}
