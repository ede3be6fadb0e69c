using System.Net;
using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary>The site as its own process, killed with SIGKILL after the 303 while the mail server is down.</summary>
public sealed class AlertCrashTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly SiteDataFolder _data = new("ag-alert-crash-");

    [Fact]
    public async Task An_alert_not_yet_delivered_when_the_site_is_killed_is_delivered_after_the_restart()
    {
        await using var smtp = TestSmtpServer.Create();
        string reference;
        await using (var site = await StartSiteAsync(smtp.Port))
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
            using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };
            var form = (await LoadAsync(client)).FillValid("Before The Crash");
            using var response = await form.PostAsync();
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            reference = InquiryTable.ReadAll(_data.DatabasePath).Single(r => r.SubmissionToken == Guid.Parse(form.SubmissionToken!)).Reference;
            await WaitForAsync(() => site.Output.Contains("not accepted (try 1)", StringComparison.Ordinal), "a failed first try", site);
            site.Kill();
        }

        Assert.Empty(smtp.Messages);
        await smtp.StartAsync();
        await using (await StartSiteAsync(smtp.Port))
        {
            var received = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30));
            Assert.Contains($"Subject: New contact request {reference}", Assert.Single(received).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_alert_the_server_accepted_just_before_the_kill_is_sent_again_after_the_restart_with_the_same_message_id()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        // The server records the message and holds its "250": the site is killed before it hears and marks the row.
        smtp.AnswerDelay = TimeSpan.FromSeconds(60);
        await using (var site = await StartSiteAsync(smtp.Port))
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
            using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };
            using var response = await (await LoadAsync(client)).FillValid("Accepted Before The Crash").PostAsync();
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30));
            site.Kill();
        }

        smtp.AnswerDelay = TimeSpan.Zero;
        await using (await StartSiteAsync(smtp.Port))
        {
            // The killed process had leased the row (twice the SMTP timeout plus a minute): it is sent again when that lapses.
            var received = await smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(150));
            var ids = received.Select(MessageId).ToList();
            Assert.All(ids, id => Assert.EndsWith("@guide.example.org>", id, StringComparison.Ordinal));
            Assert.Equal(ids[0], ids[1]);
        }
    }

    public void Dispose() => _data.Dispose();

    private static string MessageId(ReceivedMessage message)
    {
        var header = System.Text.RegularExpressions.Regex.Match(message.Text, @"^Message-Id:\s*(\S+)\s*$", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        Assert.True(header.Success, "The message has no Message-Id header:\n" + message.Text);
        return header.Groups[1].Value;
    }

    private Task<SiteProcess> StartSiteAsync(int smtpPort)
    {
        var environment = SiteEnvironment.For(_data, "Production");
        foreach (var (key, value) in AlertSettings.For(smtpPort))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return SiteProcess.StartAsync(environment, Path.GetTempPath(), StartTimeout, TestContext.Current.CancellationToken);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what, SiteProcess site)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {what} within 20 s:\n{site.Output}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
