using System.Diagnostics;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// Runs <c>staff …</c> commands in the built web app as a separate process, with its own database and, unlike
/// <see cref="CliRunner"/>, text on standard input (for <c>--password-stdin</c>).
/// </summary>
public static class StaffCliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static async Task<CliResult> RunAsync(string databasePath, string? standardInput, params string[] arguments)
    {
        Assert.True(File.Exists(TestPaths.WebAppDll), $"{TestPaths.WebAppDll} is missing from the test output");
        var workingDirectory = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestPaths.WebAppDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("Content__Path");
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ConnectionStrings__Inquiries"] = $"Data Source={databasePath}";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), timeout.Token);
        }

        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
