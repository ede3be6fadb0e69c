namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Runs <c>staff …</c> commands as a separate process on a database of their own, with text on standard input.</summary>
public static class StaffCliRunner
{
    public static Task<CliResult> RunAsync(string databasePath, string? standardInput, params string[] arguments)
    {
        var workingDirectory = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(workingDirectory);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["ConnectionStrings__Inquiries"] = $"Data Source={databasePath}" };
        return CliRunner.RunAsync(workingDirectory, standardInput, environment, arguments);
    }
}
