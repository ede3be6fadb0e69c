using System.Globalization;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>
/// A host's log events must reach the sinks of that host: the log tests (spam dropped, privacy) rely on it,
/// and it must hold while other hosts start and stop in the same process, as they do in this suite.
/// </summary>
public sealed class ContactLogIsolationTests
{
    [Fact]
    public async Task A_hosts_events_reach_its_own_sinks_when_another_host_started_after_it()
    {
        using var first = new ContactSiteFactory();
        _ = first.Services;
        using var second = new ContactSiteFactory();
        _ = second.Services;

        using var client = first.CreatePlainClient();
        await PostSpamAsync(client);

        Assert.Equal((1, 0), (SpamEvents(first), SpamEvents(second)));
    }

    [Fact]
    public async Task A_hosts_events_reach_its_own_sinks_after_another_host_stopped()
    {
        using var first = new ContactSiteFactory();
        _ = first.Services;
        using (var second = new ContactSiteFactory())
        {
            _ = second.Services;
        }

        using var client = first.CreatePlainClient();
        await PostSpamAsync(client);

        Assert.Equal(1, SpamEvents(first));
    }

    private static async Task PostSpamAsync(HttpClient client)
    {
        using var response = await (await LoadAsync(client)).FillValid().Set(WebsiteField, "https://spam.example").PostAsync();
        AssertSeeOtherToThanks(response);
    }

    private static int SpamEvents(ContactSiteFactory factory) =>
        factory.Logs.Events.Count(e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("spam", StringComparison.OrdinalIgnoreCase));
}
