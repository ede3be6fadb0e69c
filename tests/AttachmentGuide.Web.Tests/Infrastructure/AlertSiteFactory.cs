using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The contact site with email alerts on, sending to <paramref name="smtp"/> on loopback, with retries seconds
/// apart instead of minutes so a test can watch them.
/// </summary>
public sealed class AlertSiteFactory(TestSmtpServer smtp, params (string Key, string Value)[] extra)
    : ContactSiteFactory(AlertSettings.For(smtp.Port).Concat(extra.Select(e => KeyValuePair.Create(e.Key, e.Value))))
{
    /// <summary>Every outbox row now, oldest first.</summary>
    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until an outbox row matches <paramref name="condition"/>, or fails after <paramref name="timeout"/>.</summary>
    public async Task<OutboxMessage> WaitForOutboxAsync(Func<OutboxMessage, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var rows = await OutboxAsync();
            if (rows.FirstOrDefault(condition) is { } row)
            {
                return row;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No outbox row {what} within {timeout}: " + string.Join("; ", rows.Select(r => $"{r.Kind} {r.Status} tries={r.Attempts} '{r.LastResponse}'")));
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}

/// <summary>The settings that turn alerts on against a loopback test server.</summary>
public static class AlertSettings
{
    public const string BaseUrl = "https://guide.example.org";
    public const string From = "alerts@guide.example.org";
    public const string To = "inbox@clinic.example";

    public static IEnumerable<KeyValuePair<string, string>> For(int port) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:Security"] = "None",
        ["Notifications:Smtp:Timeout"] = "00:00:10",
        ["Notifications:From"] = From,
        ["Notifications:To:0"] = To,
        ["Notifications:FirstRetryDelay"] = "00:00:00.500",
        ["Notifications:MaxRetryDelay"] = "00:00:01",
        ["Notifications:PollInterval"] = "00:00:01",
        ["Site:BaseUrl"] = BaseUrl,
    };
}
