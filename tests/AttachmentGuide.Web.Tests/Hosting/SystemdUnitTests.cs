using System.Diagnostics;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Hosting;

/// <summary>
/// The systemd units README.md tells an operator to install (the site's service, the backup service and its timer),
/// read out of the README and checked by systemd itself (<c>systemd-analyze verify</c>): a misspelt key or value,
/// a missing program or a timer without its service is reported there, and would otherwise be found only on the
/// clinic's server, ignored with a warning in the journal.
/// </summary>
public sealed class SystemdUnitTests : IDisposable
{
    private const string UnitFolder = "/etc/systemd/system";
    private const string SiteUnit = "attachmentguide.service";
    private const string BackupUnit = "attachmentguide-backup.service";
    private const string BackupTimer = "attachmentguide-backup.timer";
    private const string ReadmeDotnet = "/usr/bin/dotnet";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ag-systemd-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_readme_shows_the_site_service_the_backup_service_and_its_timer()
    {
        var units = ReadmeBlocks.NamedFiles("ini", UnitFolder);

        Assert.Equal(new[] { SiteUnit, BackupUnit, BackupTimer }.Order(StringComparer.Ordinal), units.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Systemd_analyze_verify_finds_nothing_to_say_about_the_readme_units()
    {
        var analyze = Find("systemd-analyze");
        SystemComponent.SkipOrFailWhenMissing(analyze is not null, "systemd-analyze", "apt-get install -y systemd");
        Directory.CreateDirectory(_folder);
        var paths = new List<string>();
        foreach (var (name, text) in ReadmeBlocks.NamedFiles("ini", UnitFolder))
        {
            var path = Path.Combine(_folder, name);
            await File.WriteAllTextAsync(path, WithThisMachinesDotnet(text), TestContext.Current.CancellationToken);
            paths.Add(path);
        }

        var (exitCode, output) = await RunAsync(analyze!, ["verify", .. paths]);

        // verify exits 0 after a mere warning (an unknown key, a value it cannot parse), so its output must be empty too.
        Assert.True(exitCode == 0 && output.Length == 0, $"systemd-analyze verify exited {exitCode}:\n{output}");
    }

    [Fact]
    public void The_site_service_runs_as_its_own_user_in_its_folder_and_writes_only_to_the_data_folder()
    {
        var unit = Settings(ReadmeBlocks.NamedFiles("ini", UnitFolder)[SiteUnit]);

        Assert.NotEqual("root", unit["User"].Single());
        Assert.StartsWith("/", unit["WorkingDirectory"].Single(), StringComparison.Ordinal);
        Assert.Equal("strict", unit["ProtectSystem"].Single());
        var dataFolder = Path.Combine(unit["WorkingDirectory"].Single(), "data");
        Assert.Equal(new[] { dataFolder }, unit["ReadWritePaths"]);
        // The graceful stop waits up to the host's 30 s shutdown timeout; systemd must not SIGKILL before it ends.
        Assert.True(int.Parse(unit["TimeoutStopSec"].Single(), System.Globalization.CultureInfo.InvariantCulture) > 30, "TimeoutStopSec must exceed the 30 s shutdown timeout");
        Assert.Contains("--urls http://127.0.0.1:", unit["ExecStart"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_backup_runs_as_the_site_user_with_the_site_settings_and_its_timer_catches_up_after_a_shutdown()
    {
        var units = ReadmeBlocks.NamedFiles("ini", UnitFolder);
        var site = Settings(units[SiteUnit]);
        var backup = Settings(units[BackupUnit]);
        var timer = Settings(units[BackupTimer]);

        Assert.Equal(site["User"], backup["User"]);
        Assert.Equal("oneshot", backup["Type"].Single());
        Assert.Contains(" backup ", backup["ExecStart"].Single(), StringComparison.Ordinal);
        Assert.Contains("--passphrase-file ", backup["ExecStart"].Single(), StringComparison.Ordinal);
        Assert.Equal("true", timer["Persistent"].Single());
        Assert.Equal("timers.target", timer["WantedBy"].Single());
    }

    /// <summary>The README's units name /usr/bin/dotnet; where dotnet lives elsewhere, verify is pointed at the real one.</summary>
    private static string WithThisMachinesDotnet(string unit)
    {
        if (File.Exists(ReadmeDotnet))
        {
            return unit;
        }

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(host) ? unit : unit.Replace(ReadmeDotnet + " ", host + " ", StringComparison.Ordinal);
    }

    /// <summary>Key to values (a key may repeat), from every section: enough for the settings these tests read.</summary>
    private static Dictionary<string, List<string>> Settings(string unit)
    {
        var settings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in unit.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#' && l[0] != '['))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = line[..equals];
            if (!settings.TryGetValue(key, out var values))
            {
                settings[key] = values = [];
            }

            values.Add(line[(equals + 1)..]);
        }

        return settings;
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/bin")
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return (process.ExitCode, ((await output) + (await errors)).Trim());
    }
}
