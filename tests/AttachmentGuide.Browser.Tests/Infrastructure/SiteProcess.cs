using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>
/// The real site, started as `dotnet AttachmentGuide.Web.dll --urls http://127.0.0.1:PORT` with its own
/// temporary database and key folder, on the repository's content. Disposing kills the whole process tree
/// and removes the temporary folder.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder output;

    private SiteProcess(Process process, StringBuilder output, Uri origin, string dataPath)
    {
        this.process = process;
        this.output = output;
        Origin = origin;
        DataPath = dataPath;
    }

    /// <summary>Like http://127.0.0.1:41234 (no trailing slash in <see cref="OriginText"/>).</summary>
    public Uri Origin { get; }

    public string OriginText => Origin.GetLeftPart(UriPartial.Authority);

    public string DataPath { get; }

    public string DatabasePath => Path.Combine(DataPath, "ag.db");

    /// <summary>What the site wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Url(string pathAndQuery) => OriginText + pathAndQuery;

    /// <summary>Fails with the site's own output when it has stopped, instead of a bare "connection refused".</summary>
    public void EnsureRunning()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The site stopped (exit code {process.ExitCode}). Its output:\n{Output}");
        }
    }

    public static async Task<SiteProcess> StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(RepositoryPaths.WebAppDll))
        {
            throw new FileNotFoundException("The web app was not copied next to the tests.", RepositoryPaths.WebAppDll);
        }

        var dataPath = Path.Combine(Path.GetTempPath(), "ag-browser-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var port = FreePort();
        var origin = new Uri($"http://127.0.0.1:{port}");

        var start = new ProcessStartInfo(DotnetHost(), [RepositoryPaths.WebAppDll, "--urls", origin.GetLeftPart(UriPartial.Authority)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataPath,
        };
        var environment = start.Environment;
        // Development serves static web assets from the build folders (see TOOLCHAIN: Production from a build serves empty files).
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["ConnectionStrings__Inquiries"] = $"Data Source={Path.Combine(dataPath, "ag.db")}";
        environment["DataProtection__KeysPath"] = Path.Combine(dataPath, "keys");
        environment["Content__Path"] = RepositoryPaths.Content;
        environment["Content__Watch"] = "false";
        environment["Contact__RateLimit__PermitLimit"] = "100000";
        environment["Contact__RateLimit__PerDay"] = "1000000";
        environment["Contact__RateLimit__PostLimit"] = "1000000";
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        environment.Remove("ASPNETCORE_URLS");
        environment.Remove("ASPNETCORE_CONTENTROOT");

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var site = new SiteProcess(process, output, origin, dataPath);
        try
        {
            await site.WaitUntilAnsweringAsync(cancellationToken);
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }

        return site;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // Leave the folder; the process may still hold it.
        }

        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {process.ExitCode} before answering:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(Origin, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The site did not answer {Origin} within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host that runs the tests (set by the SDK), else `dotnet` on the PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
