using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AttachmentGuide.Web.Tests.Hosting.BehindNginx;

/// <summary>
/// The site published as README.md's "Running it for real" says (Release, ReadyToRun, framework-dependent). CI
/// publishes it once before the tests, alone on the machine, and names the dll in <see cref="Variable"/>; without
/// it the tests publish it themselves, once per test run, into a temporary folder with its own artifacts path (the
/// repository's src/*/bin and obj are left alone, so a build of the solution is never disturbed), deleted when the
/// test process ends. That takes minutes while other tests run beside it.
/// </summary>
public static class PublishedSite
{
    public const string Variable = "AG_PUBLISHED_SITE";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(25);
    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    /// <summary>The published AttachmentGuide.Web.dll.</summary>
    public static Task<string> DllAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(given))
        {
            return Published.Value;
        }

        return File.Exists(given)
            ? Task.FromResult(given)
            : throw new FileNotFoundException($"{Variable} names {given}, which does not exist: publish the site there or unset it.", given);
    }

    private static async Task<string> PublishAsync()
    {
        var work = Path.Combine(Path.GetTempPath(), "ag-published-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(work);
        var output = Path.Combine(work, "site");
        var start = new ProcessStartInfo(SiteProcess.DotnetHost())
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "publish", Path.Combine(RepositoryPaths.Root, "src", "AttachmentGuide.Web", "AttachmentGuide.Web.csproj"),
            "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:PublishReadyToRun=true",
            "--artifacts-path", Path.Combine(work, "artifacts"), "-o", output,
            // No MSBuild node or compiler server is left running after the test run.
            "--disable-build-servers", "--nologo", "-v", "q"])
        {
            start.ArgumentList.Add(argument);
        }

        // Set by `dotnet test` for the test host; a nested build must find its own SDK and MSBuild.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var said = publish.StandardOutput.ReadToEndAsync();
        var complained = publish.StandardError.ReadToEndAsync();
        using (var limit = new CancellationTokenSource(PublishTimeout))
        {
            try
            {
                await publish.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                publish.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet publish did not finish within {PublishTimeout.TotalMinutes} minutes.");
            }
        }

        var dll = Path.Combine(output, "AttachmentGuide.Web.dll");
        if (publish.ExitCode != 0 || !File.Exists(dll))
        {
            throw new InvalidOperationException($"dotnet publish exited with code {publish.ExitCode}:\n{await said}\n{await complained}");
        }

        return dll;
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // In the temp folder anyway.
        }
    }
}
