using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using Serilog.Events;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>What people write is sensitive health information: it must never reach a log, at any level the site or the framework writes.</summary>
public sealed class ContactLoggingPrivacyTests
{
    private static readonly string[] Distinctive =
    [
        "Quillon",
        "Zephyrine",
        "quillon.zephyr",
        "7700 900123",
        "7700900123",
        "Thursdays 7pm zq",
        "xylophone-marmalade",
        "Vexborough",
        "wobbleflint",
    ];

    [Fact]
    public async Task No_log_event_contains_what_people_typed_while_one_records_the_inquiry_id()
    {
        using var factory = ContactSiteFactory.WithSettings(
            ("Serilog:MinimumLevel:Default", "Verbose"),
            ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information"),
            ("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information"),
            ("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Information"),
            ("Serilog:MinimumLevel:Override:" + ContactSiteFactory.RoutingMiddleware, "Information"),
            ("Serilog:MinimumLevel:Override:" + ContactSiteFactory.SizeLimitFilter, "Information"));
        using var client = factory.CreatePlainClient();

        var valid = (await LoadAsync(client, "what-causes-attachment-trauma"))
            .FillValid("Quillon Zephyrine", "quillon.zephyr@example.net")
            .Set(PhoneField, "+44 7700 900123")
            .Set(PreferredContactField, "phone")
            .Set(VoicemailField, "yes")
            .Set(ContactTimeField, "Thursdays 7pm zq")
            .Set(MessageField, "xylophone-marmalade-1234");
        using var accepted = await valid.PostAsync();
        AssertSeeOtherToThanks(accepted);

        var invalid = (await LoadAsync(client))
            .Set(NameField, "Quillon Vexborough")
            .Set(EmailField, "quillon.zephyr@@example.net")
            .Set(PhoneField, "+44 7700 900123 wobbleflint")
            .Set(ContactTimeField, "Thursdays 7pm zq")
            .Set(MessageField, "xylophone-marmalade-5678");
        using var returned = await invalid.PostAsync();
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);

        var spam = (await LoadAsync(client)).FillValid("Quillon Wobbleflint", "quillon.zephyr@example.net")
            .Set(MessageField, "xylophone-marmalade-9999")
            .Set(WebsiteField, "https://wobbleflint.example");
        using var dropped = await spam.PostAsync();
        Assert.Equal(HttpStatusCode.SeeOther, dropped.StatusCode);

        var events = factory.Logs.Events;
        Assert.NotEmpty(events);
        foreach (var logEvent in events)
        {
            var rendered = LogCapture.Render(logEvent);
            foreach (var value in Distinctive)
            {
                Assert.False(
                    rendered.Contains(value, StringComparison.OrdinalIgnoreCase),
                    $"A {logEvent.Level} log event contains '{value}':\n{rendered}");
            }
        }

        var row = factory.InquiryFor(valid.SubmissionToken);
        Assert.NotNull(row);
        Assert.True(
            events.Any(e => e.Level >= LogEventLevel.Information
                && e.MessageTemplate.Text.Contains("received", StringComparison.OrdinalIgnoreCase)
                && Guid.TryParse(LogCapture.Scalar(e, "InquiryId")?.ToString(), out var id) && id == row.Id),
            $"No event says inquiry {row.Id} was received. The site's events:\n" + string.Join('\n', events
                .Where(e => LogCapture.Scalar(e, "SourceContext") is string source && source.StartsWith("AttachmentGuide", StringComparison.Ordinal))
                .Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
