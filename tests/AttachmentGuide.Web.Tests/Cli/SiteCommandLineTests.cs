using AttachmentGuide.Web.Cli;
using AttachmentGuide.Web.Cli.Commands;

namespace AttachmentGuide.Web.Tests.Cli;

/// <summary>Help and usage errors, in process: what System.CommandLine answers before any command runs.</summary>
public sealed class SiteCommandLineTests
{
    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string FirstErrorLine => Error.Split('\n')[0].TrimEnd('\r');
    }

    private static async Task<Run> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SiteCommandLine.RunAsync(args, TextReader.Null, output, error, TestContext.Current.CancellationToken);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_every_command_in_full_and_exits_0(string word)
    {
        var result = await RunAsync(word);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("check-content [--content DIR]", result.Output, StringComparison.Ordinal);
        Assert.Contains("staff add EMAIL [--password-stdin]", result.Output, StringComparison.Ordinal);
        Assert.Contains("staff reset-password EMAIL [--password-stdin]", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Help_does_not_offer_version_since_that_word_starts_the_web_server()
    {
        var result = await RunAsync("--help");

        Assert.DoesNotContain("--version", result.Output, StringComparison.Ordinal);
        Assert.False(HostArguments.NameACommand(["--version"]));
    }

    [Theory]
    [InlineData("check-content [options]", "--content <DIR>", "check-content", "--help")]
    [InlineData("check-content [options]", "Content__Path", "check-content", "-h")]
    [InlineData("staff add <EMAIL> [options]", "--password-stdin", "help", "staff", "add")]
    public async Task One_commands_help_shows_its_usage_and_options_and_exits_0(string usage, string option, params string[] args)
    {
        var result = await RunAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(usage, result.Output, StringComparison.Ordinal);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Every command:", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unrecognized command or argument '--contnet'.", "--content", "check-content", "--contnet", "content")]
    [InlineData("Unknown command 'staff lst'.", "list", "staff", "lst")]
    [InlineData("Unknown command 'check-contnet'.", "check-content", "check-contnet")]
    public async Task A_mistyped_word_exits_2_with_a_one_line_reason_and_the_close_match_on_stderr(string reason, string closeMatch, params string[] args)
    {
        var result = await RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(reason, result.FirstErrorLine);
        Assert.Contains($"Did you mean one of the following?\n{closeMatch}\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_staff_command_without_its_email_exits_2_saying_so()
    {
        var result = await RunAsync("staff", "add", "--password-stdin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("EMAIL", result.FirstErrorLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://127.0.0.1:5000")]
    [InlineData(false, "/key", "value")]
    [InlineData(false, "key=value")]
    [InlineData(true, "check-contnet")]
    [InlineData(true, "help")]
    [InlineData(true, "--help")]
    [InlineData(true, "-h")]
    public void IsCommand_takes_host_settings_for_the_web_server_and_any_other_first_word_for_a_command(bool expected, params string[] args)
    {
        Assert.Equal(expected, HostArguments.NameACommand(args));
    }

    [Fact]
    public void The_help_words_the_site_checks_at_start_are_the_help_command_and_System_CommandLines_help_option()
    {
        var help = new System.CommandLine.Help.HelpOption();

        Assert.Equal(
            new[] { HelpCommand.Name, help.Name }.Concat(help.Aliases).Order(StringComparer.Ordinal),
            HostArguments.HelpWords.Order(StringComparer.Ordinal));
    }
}
