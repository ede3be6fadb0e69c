using System.Diagnostics;

namespace AttachmentGuide.Web.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<string> OutputLines =>
        StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}

/// <summary>Runs the built web app's command line as a separate process, the way staff run it.</summary>
public static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, standardInput: null, environment: null, arguments);

    /// <summary>Runs with <paramref name="standardInput"/> written to the process and extra environment variables.</summary>
    public static async Task<CliResult> RunAsync(
        string workingDirectory, string? standardInput, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        Assert.True(File.Exists(TestPaths.WebAppDll), $"{TestPaths.WebAppDll} is missing from the test output");
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

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
