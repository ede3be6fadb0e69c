using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary>
/// A published site that cannot start because of a fault it recognises tells the operator in one line that names
/// the file or setting and the fix, and exits 1: no stack trace to read past, no raw SQLite exception.
/// </summary>
public sealed class StartupFaultMessageTests : IDisposable
{
    private readonly SiteDataFolder _data = new("ag-startup-fault-");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_the_site_with_one_line_naming_it()
    {
        Directory.CreateDirectory(_data.Path);
        await File.WriteAllBytesAsync(_data.DatabasePath, Enumerable.Repeat((byte)'x', 8192).ToArray(), TestContext.Current.CancellationToken);
        var environment = SiteEnvironment.For(_data, "Production");
        environment["Content__Path"] = TestPaths.RealContent;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SiteProcess.StartAsync(environment, Path.GetTempPath(), TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken));

        Assert.Contains("exited with code 1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("The site did not start: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(_data.DatabasePath, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_folder_that_cannot_be_created_stops_the_site_with_one_line_naming_the_setting()
    {
        Directory.CreateDirectory(_data.Path);
        var notAFolder = Path.Combine(_data.Path, "not-a-folder");
        await File.WriteAllTextAsync(notAFolder, "a file, not a folder", TestContext.Current.CancellationToken);
        var environment = SiteEnvironment.For(_data, "Production");
        environment["Content__Path"] = TestPaths.RealContent;
        environment["ConnectionStrings__Inquiries"] = $"Data Source={Path.Combine(notAFolder, "data", "inquiries.db")}";

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SiteProcess.StartAsync(environment, Path.GetTempPath(), TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken));

        Assert.Contains("exited with code 1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("The site did not start: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(notAFolder, "data"), failure.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Inquiries", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_command_whose_database_folder_cannot_be_created_says_so_in_one_line()
    {
        Directory.CreateDirectory(_data.Path);
        var notAFolder = Path.Combine(_data.Path, "not-a-folder");
        await File.WriteAllTextAsync(notAFolder, "a file, not a folder", TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Inquiries"] = $"Data Source={Path.Combine(notAFolder, "data", "inquiries.db")}",
            ["DataProtection__KeysPath"] = _data.KeysPath,
        };

        var result = await CliRunner.RunAsync(_data.Path, null, environment, "staff", "list");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(Path.Combine(notAFolder, "data"), line, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Inquiries", line, StringComparison.Ordinal);
    }
}
