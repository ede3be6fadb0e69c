using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AttachmentGuide.TestSupport;

/// <summary>
/// The built site run as its own process on a free loopback port, the way it runs in production
/// (<c>dotnet AttachmentGuide.Web.dll --urls http://127.0.0.1:PORT</c>). Disposing it kills the whole process tree.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;

    // Inherited from the test run, any of these would move the site off the port or folder the test gives it.
    private static readonly string[] InheritedHostVariables =
    [
        "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "ASPNETCORE_URLS", "DOTNET_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS",
    ];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _awaitedOutput = new(StringComparer.Ordinal);

    private SiteProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Like http://127.0.0.1:41234/ (with the trailing slash; <see cref="OriginText"/> has none).</summary>
    public Uri BaseAddress { get; }

    public string OriginText => BaseAddress.GetLeftPart(UriPartial.Authority);

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote to stdout and stderr, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    public string Url(string pathAndQuery) => OriginText + pathAndQuery;

    /// <summary>
    /// Starts the site with <paramref name="environment"/> in <paramref name="workingDirectory"/> and waits until
    /// <c>GET /</c> answers 200.
    /// </summary>
    public static Task<SiteProcess> StartAsync(
        IReadOnlyDictionary<string, string> environment, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken) =>
        StartAsync(environment, workingDirectory, timeout, [], cancellationToken);

    /// <summary>
    /// As above, with the dotnet command run through <paramref name="launcher"/> (like <c>setpriv --reuid=65534 ...</c>,
    /// to run the site as another user).
    /// </summary>
    public static Task<SiteProcess> StartAsync(
        IReadOnlyDictionary<string, string> environment, string workingDirectory, TimeSpan timeout, IReadOnlyList<string> launcher,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(RepositoryPaths.WebAppDll))
        {
            throw new FileNotFoundException("The web app was not copied next to the tests.", RepositoryPaths.WebAppDll);
        }

        return StartAsync(RepositoryPaths.WebAppDll, environment, workingDirectory, timeout, launcher, cancellationToken);
    }

    /// <summary>As above, from another copy of the site: <paramref name="siteDll"/> in a published folder, say.</summary>
    public static Task<SiteProcess> StartAsync(
        string siteDll, IReadOnlyDictionary<string, string> environment, string workingDirectory, TimeSpan timeout, IReadOnlyList<string> launcher,
        CancellationToken cancellationToken) =>
        StartAsync(siteDll, environment, workingDirectory, timeout, launcher, FreePort(), cancellationToken);

    /// <summary>As above, on loopback port <paramref name="port"/>: a restarted instance that a proxy knows by its port.</summary>
    public static async Task<SiteProcess> StartAsync(
        string siteDll, IReadOnlyDictionary<string, string> environment, string workingDirectory, TimeSpan timeout, IReadOnlyList<string> launcher,
        int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(siteDll))
        {
            throw new FileNotFoundException("The site's dll is not there.", siteDll);
        }

        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launcher.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        if (launcher.Count > 0)
        {
            start.ArgumentList.Add(DotnetHost());
        }

        start.ArgumentList.Add(siteDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        foreach (var name in InheritedHostVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var site = new SiteProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), baseAddress);
        try
        {
            await site.WaitUntilAnsweringAsync(timeout, cancellationToken);
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    /// <summary>Fails with the site's own output when it has stopped, instead of a bare "connection refused".</summary>
    public void EnsureRunning()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The site stopped (exit code {_process.ExitCode}). Its output:\n{OutputAfterExit()}");
        }
    }

    /// <summary>
    /// Completes once the site has written a line containing <paramref name="text"/> (including lines written before
    /// the call, while they are among the kept ones): the site's own word that something has happened.
    /// </summary>
    public Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var written = _awaitedOutput.GetOrAdd(text, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            written.TrySetResult();
        }

        return written.Task.WaitAsync(timeout, cancellationToken);
    }

    /// <summary>SIGKILL on Linux: no shutdown, no flushing, whatever is in flight is cut off.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    /// <summary>
    /// SIGTERM, as systemd sends on stop: the site stops gracefully. Returns once the signal is sent. Process.Kill
    /// only sends SIGKILL, and calling libc's kill needs unsafe code, so the kill command sends it.
    /// </summary>
    public void Terminate()
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start");
        kill.WaitForExit(10_000);
        if (kill.ExitCode != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"SIGTERM could not be sent to process {_process.Id}.");
        }
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Everything the ended process wrote. Its last lines can still be on their way through the output reader when
    /// the exit is seen; the untimed WaitForExit returns once both streams are read to their end.
    /// </summary>
    private string OutputAfterExit()
    {
        _process.WaitForExit();
        return Output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The dotnet host that runs the tests (set by the SDK), else <c>dotnet</c> on the PATH.</summary>
    public static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {_process.ExitCode} before it answered:\n{OutputAfterExit()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The site at {BaseAddress} did not answer GET / within {timeout.TotalSeconds} s:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        foreach (var (text, written) in _awaitedOutput)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                written.TrySetResult();
            }
        }

        while (_output.Count > KeptOutputLines && _output.TryDequeue(out _))
        {
        }
    }
}
