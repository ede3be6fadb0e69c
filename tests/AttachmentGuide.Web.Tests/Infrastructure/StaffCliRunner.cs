namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Runs <c>staff …</c> commands as a separate process on a database of their own, with text on standard input.</summary>
public static class StaffCliRunner
{
    public static Task<CliResult> RunAsync(string databasePath, string? standardInput, params string[] arguments) =>
        RunAsync(Path.GetDirectoryName(databasePath)!, new Dictionary<string, string>(StringComparer.Ordinal) { ["ConnectionStrings:Inquiries"] = $"Data Source={databasePath}" }, standardInput, arguments);

    /// <summary>On the database a test site uses, whichever engine it is on.</summary>
    public static Task<CliResult> RunAsync(SiteFactory site, string? standardInput, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(site);
        return RunAsync(site.DataPath, site.StoreSettings(), standardInput, arguments);
    }

    /// <summary>In <paramref name="workingDirectory"/>, with <paramref name="settings"/> (configuration keys) as environment variables.</summary>
    public static Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings, string? standardInput, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Directory.CreateDirectory(workingDirectory);
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value, StringComparer.Ordinal);
        return CliRunner.RunAsync(workingDirectory, standardInput, environment, arguments);
    }
}
