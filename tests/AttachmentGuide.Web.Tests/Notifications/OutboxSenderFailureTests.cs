using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Serilog.Events;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary>What the background sender and the start-up warm-up write to the log when things go wrong, and right.</summary>
public sealed class OutboxSenderFailureTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_pass_that_keeps_failing_the_same_way_is_logged_as_an_error_once_and_retried_until_it_succeeds()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        using var factory = new AlertSiteFactory(smtp, ($"Serilog:MinimumLevel:Override:{typeof(OutboxSender).FullName}", "Debug"));
        _ = factory.Services;
        await WaitForAsync(factory, e => From<OutboxSender>(e) && e.Level == LogEventLevel.Information, 1, "the sender's start line");

        // Every pass now fails on the same missing table, as it would on a database gone away.
        await RenameOutboxAsync(factory, "Outbox", "OutboxAway");
        await WaitForAsync(factory, e => From<OutboxSender>(e) && e.MessageTemplate.Text.Contains("failed again", StringComparison.Ordinal), 2, "repeated failures");
        await RenameOutboxAsync(factory, "OutboxAway", "Outbox");
        await WaitForAsync(factory, e => From<OutboxSender>(e) && e.MessageTemplate.Text.Contains("succeeded after failing", StringComparison.Ordinal), 1, "a pass that succeeds again");

        var errors = factory.Logs.Events.Where(e => From<OutboxSender>(e) && e.Level >= LogEventLevel.Warning).ToList();
        Assert.Single(errors);
        Assert.NotNull(errors[0].Exception);
        Assert.All(factory.Logs.Events.Where(e => From<OutboxSender>(e) && e.Level < LogEventLevel.Warning), e => Assert.Null(e.Exception));
    }

    [Fact]
    public async Task Once_the_site_listens_the_database_is_warmed_for_the_first_submission()
    {
        using var factory = ContactSiteFactory.WithSettings(($"Serilog:MinimumLevel:Override:{typeof(DatabaseWarmUp).FullName}", "Debug"));
        using var client = factory.CreatePlainClient();

        await WaitForAsync(factory, e => From<DatabaseWarmUp>(e) && e.MessageTemplate.Text.StartsWith("Database warmed", StringComparison.Ordinal), 1, "the warm-up");

        Assert.DoesNotContain(factory.Logs.Events, e => From<DatabaseWarmUp>(e) && e.Level >= LogEventLevel.Warning);
    }

    private static bool From<T>(LogEvent e) => LogCapture.Scalar(e, "SourceContext") as string == typeof(T).FullName;

    private static async Task RenameOutboxAsync(SiteFactory factory, string from, string to)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = 5000; ALTER TABLE \"{from}\" RENAME TO \"{to}\";";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task WaitForAsync(ContactSiteFactory factory, Func<LogEvent, bool> match, int count, string what)
    {
        var deadline = DateTime.UtcNow + Soon;
        while (factory.Logs.Events.Count(match) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {what} in the log within {Soon}:\n" + string.Join('\n', factory.Logs.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
