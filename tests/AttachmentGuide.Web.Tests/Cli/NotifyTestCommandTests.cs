using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Cli;

/// <summary><c>notify test [--to ADDRESS]</c>, run as its own process with the site's settings in the environment.</summary>
public sealed class NotifyTestCommandTests
{
    [Fact]
    public async Task A_test_message_accepted_by_the_server_exits_0_and_reaches_the_given_address()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();

        var result = await RunAsync(smtp.Port, "notify", "test", "--to", "someone@clinic.example");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("Sent a test message to someone@clinic.example", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(["someone@clinic.example"], Assert.Single(smtp.Messages).Recipients);
    }

    [Fact]
    public async Task A_refused_test_message_exits_non_zero_with_the_servers_answer()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        smtp.Refusal = new SmtpServer.Protocol.SmtpResponse(SmtpServer.Protocol.SmtpReplyCode.TransactionFailed, "5.7.1 Relaying denied");

        var result = await RunAsync(smtp.Port, "notify", "test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("554 5.7.1 Relaying denied", result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.Trim().Split('\n'));
    }

    [Fact]
    public async Task With_alerts_off_it_exits_non_zero_saying_which_setting_turns_them_on()
    {
        var result = await CliRunner.RunAsync(Path.GetTempPath(), null, new Dictionary<string, string>(), "notify", "test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Notifications__Smtp__Host", result.StandardError, StringComparison.Ordinal);
    }

    private static Task<CliResult> RunAsync(int port, params string[] arguments) =>
        CliRunner.RunAsync(
            Path.GetTempPath(),
            null,
            AlertSettings.For(port).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value, StringComparer.Ordinal),
            arguments);
}
