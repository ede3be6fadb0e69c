using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Cli;

/// <summary>A mistyped command is answered and exits, rather than quietly starting the web server.</summary>
public sealed class UnknownCommandTests : IDisposable
{
    private readonly DirectoryInfo _workingDirectory = Directory.CreateTempSubdirectory("unknown-command-cwd-");

    public void Dispose() => _workingDirectory.Delete(recursive: true);

    [Fact]
    public async Task A_mistyped_command_exits_2_and_lists_the_commands()
    {
        var result = await CliRunner.RunAsync(_workingDirectory.FullName, "check-contnet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown command 'check-contnet'", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("check-content", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_the_commands_and_exits_0(string word)
    {
        var result = await CliRunner.RunAsync(_workingDirectory.FullName, word);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("staff add EMAIL", result.StandardOutput, StringComparison.Ordinal);
    }
}
