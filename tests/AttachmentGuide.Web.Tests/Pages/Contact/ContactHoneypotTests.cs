using AttachmentGuide.Web.Tests.Infrastructure;
using Serilog.Events;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

public sealed class ContactHoneypotTests(ContactSiteFactory factory) : IClassFixture<ContactSiteFactory>
{
    [Fact]
    public async Task The_honeypot_is_hidden_from_people_and_from_autofill()
    {
        using var client = factory.CreatePlainClient();
        var form = await LoadAsync(client);

        var honeypot = form.Document.QuerySelector("input[name='Input.Website']");
        Assert.NotNull(honeypot);
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
        Assert.NotNull(honeypot.Closest("[aria-hidden=true]"));
        Assert.Equal(string.Empty, form[WebsiteField]);
    }

    [Fact]
    public async Task A_filled_honeypot_looks_like_success_but_stores_nothing_and_logs_the_dropped_spam()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Spam Bot", "bot@example.com")
            .Set(MessageField, "Buy now")
            .Set(WebsiteField, "https://spam.example");
        var before = factory.InquiryCount();

        using var response = await form.PostAsync();

        var reference = await FollowToThanksAsync(response, client);
        Assert.Equal(before, factory.InquiryCount());
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
        Assert.DoesNotContain(InquiryTable.ReadAll(factory), r => r.Reference == reference);
        Assert.Contains(factory.Logs.Events, e =>
            e.Level >= LogEventLevel.Warning
            && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("spam", StringComparison.OrdinalIgnoreCase)
            && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("dropped", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_filled_honeypot_on_an_otherwise_invalid_form_still_looks_like_success()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).Set(WebsiteField, "x");

        using var response = await form.PostAsync();

        AssertSeeOtherToThanks(response);
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }
}
