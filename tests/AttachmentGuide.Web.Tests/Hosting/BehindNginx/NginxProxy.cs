using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AttachmentGuide.Web.Tests.Hosting.BehindNginx;

/// <summary>
/// A private nginx for one test class: its own prefix folder in the temp folder (configuration, certificate, logs,
/// temp files, pid), the given site file on loopback ports, run in the foreground (<c>daemon off</c>) and killed
/// with its workers on dispose. The system's nginx service and its files are never touched.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Install = "apt-get install -y nginx (or set NGINX_PATH to the nginx binary)";

    private static readonly string[] TempFolders = ["body", "proxy", "fastcgi", "uwsgi", "scgi"];

    private readonly Process _process;
    private readonly string _prefix;

    private NginxProxy(Process process, string prefix)
    {
        _process = process;
        _prefix = prefix;
    }

    /// <summary>NGINX_PATH, else nginx on the PATH, else Debian's /usr/sbin/nginx (sbin is not on every PATH).</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("NGINX_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "nginx"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Writes <paramref name="siteFile"/> (built by <paramref name="siteFileFor"/> from the certificate's paths) into
    /// a new prefix and starts nginx; returns once it accepts connections on both ports.
    /// </summary>
    public static async Task<NginxProxy> StartAsync(
        string nginx, TestCertificate certificate, Func<string, string, string> siteFileFor, int httpPort, int httpsPort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(siteFileFor);
        var prefix = Path.Combine(Path.GetTempPath(), "ag-nginx-" + Guid.NewGuid().ToString("N"));
        var conf = Path.Combine(prefix, "conf");
        var logs = Path.Combine(prefix, "logs");
        Directory.CreateDirectory(conf);
        Directory.CreateDirectory(logs);
        var certificatePath = Path.Combine(conf, "fullchain.pem");
        var keyPath = Path.Combine(conf, "privkey.pem");
        await File.WriteAllTextAsync(certificatePath, certificate.CertificatePem, cancellationToken);
        await File.WriteAllTextAsync(keyPath, certificate.PrivateKeyPem, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await File.WriteAllTextAsync(Path.Combine(conf, "attachmentguide"), siteFileFor(certificatePath, keyPath), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(conf, "nginx.conf"), MainConfiguration(prefix), cancellationToken);
        foreach (var temp in TempFolders)
        {
            // nginx's workers drop root for its default user; they buffer bodies and answers here.
            var folder = Path.Combine(prefix, "temp", temp);
            Directory.CreateDirectory(folder);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
            }
        }

        var start = new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", prefix + "/", "-c", Path.Combine(conf, "nginx.conf"), "-e", Path.Combine(logs, "error.log") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var proxy = new NginxProxy(process, prefix);
        try
        {
            await proxy.WaitUntilListeningAsync([httpPort, httpsPort], TimeSpan.FromSeconds(30), cancellationToken);
            return proxy;
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
    }

    /// <summary>The error log so far, for failure messages.</summary>
    public string ErrorLog
    {
        get
        {
            var path = Path.Combine(_prefix, "logs", "error.log");
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The main file around the README's site file: foreground, one worker, every path inside the prefix.</summary>
    private static string MainConfiguration(string prefix) => $$"""
        daemon off;
        master_process on;
        worker_processes 1;
        pid {{prefix}}/logs/nginx.pid;
        error_log {{prefix}}/logs/error.log warn;

        events {
            worker_connections 256;
        }

        http {
            access_log {{prefix}}/logs/access.log;
            client_body_temp_path {{prefix}}/temp/body;
            proxy_temp_path {{prefix}}/temp/proxy;
            fastcgi_temp_path {{prefix}}/temp/fastcgi;
            uwsgi_temp_path {{prefix}}/temp/uwsgi;
            scgi_temp_path {{prefix}}/temp/scgi;
            include {{prefix}}/conf/attachmentguide;
        }

        """;

    private async Task WaitUntilListeningAsync(IReadOnlyList<int> ports, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    var said = await _process.StandardError.ReadToEndAsync(cancellationToken);
                    throw new InvalidOperationException($"nginx exited with code {_process.ExitCode} before it listened:\n{said}\n{ErrorLog}");
                }

                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (waited.Elapsed < timeout)
                {
                    await Task.Delay(50, cancellationToken);
                }
            }
        }
    }
}
