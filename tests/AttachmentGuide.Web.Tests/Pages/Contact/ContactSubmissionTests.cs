using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

public sealed class ContactSubmissionTests(ContactSiteFactory factory) : IClassFixture<ContactSiteFactory>
{
    private const string SeedSlug = "what-causes-attachment-trauma";
    private const string SeedTitle = "What Causes Attachment Trauma?";

    [Theory]
    [InlineData("Zoë", "phone", "yes", "yes")]
    [InlineData("李小龙", "email", "no", "no")]
    [InlineData("O'Brien", "email", "yes", "no")]
    public async Task A_valid_submission_is_stored_exactly_as_typed_and_answered_with_303_to_its_reference(
        string name, string preferred, string voicemail, string sayClinicName)
    {
        using var client = factory.CreatePlainClient();
        var form = await LoadAsync(client);
        form.FillValid(name, "person@example.org")
            .Set(PhoneField, "+44 7700 900456")
            .Set(PreferredContactField, preferred)
            .Set(VoicemailField, voicemail)
            .Set(SayClinicNameField, sayClinicName)
            .Set(ContactTimeField, "Weekday evenings after 6")
            .Set(MessageField, "I would like to talk.\nMaybe next week.");
        var before = factory.InquiryCount();

        using var response = await form.PostAsync();

        var reference = await FollowToThanksAsync(response, client);
        Assert.Equal(before + 1, factory.InquiryCount());
        var row = factory.InquiryFor(form.SubmissionToken);
        Assert.NotNull(row);
        Assert.Equal(reference, row.Reference);
        Assert.Equal(name, row.Name);
        Assert.Equal("person@example.org", row.Email);
        Assert.Equal("+44 7700 900456", row.Phone);
        Assert.Equal(preferred == "phone" ? "Phone" : "Email", row.PreferredContact);
        Assert.Equal(voicemail == "yes", row.VoicemailAllowed);
        Assert.Equal(sayClinicName == "yes", row.ClinicNameAllowed);
        Assert.Equal("Weekday evenings after 6", row.ContactTime);
        Assert.Equal("I would like to talk.\nMaybe next week.", row.Message);
        Assert.Null(row.SourceSlug);
        Assert.Equal("New", row.Status);
        Assert.InRange(row.ReceivedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task The_fewest_answers_store_empty_optional_fields_as_null_and_the_form_defaults()
    {
        using var client = factory.CreatePlainClient();
        var form = await LoadAsync(client);
        form.FillValid("Sam", "sam@example.com");

        using var response = await form.PostAsync();

        AssertSeeOtherToThanks(response);
        var row = factory.InquiryFor(form.SubmissionToken);
        Assert.NotNull(row);
        Assert.Equal("Sam", row.Name);
        Assert.Null(row.Phone);
        Assert.Null(row.ContactTime);
        Assert.Null(row.Message);
        Assert.Equal("Email", row.PreferredContact);
        Assert.False(row.VoicemailAllowed);
        Assert.False(row.ClinicNameAllowed);
    }

    [Fact]
    public async Task The_thanks_page_after_a_submission_shows_the_reference_and_the_reply_promise_from_site_yml()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid();
        using var response = await form.PostAsync();
        var reference = await FollowToThanksAsync(response, client);

        var thanks = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(factory.InquiryFor(form.SubmissionToken)?.Reference, reference);
        Assert.Equal(reference, thanks.QuerySelector("main .reference strong")?.Text());
        var main = thanks.QuerySelector("main");
        Assert.NotNull(main);
        Assert.Contains(Collapse(SiteYaml.ReplyPromise), main.Text(), StringComparison.Ordinal);
        Assert.Single(thanks.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?reference=not-a-reference")]
    [InlineData("?reference=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("?reference=ABCD-EFGH")]
    [InlineData("?Reference=WXYZ-2345")]
    public async Task The_thanks_page_answers_200_without_a_usable_reference_and_shows_none(string query)
    {
        using var client = factory.CreatePlainClient();

        var thanks = await client.GetDocumentAsync("/contact/thanks" + query);

        Assert.Empty(thanks.QuerySelectorAll(".reference"));
        Assert.Empty(thanks.QuerySelectorAll("main script"));
        Assert.Contains(Collapse(SiteYaml.ReplyPromise), thanks.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_is_shown_only_to_the_browser_that_sent_the_form_not_to_one_that_types_it()
    {
        using var sender = factory.CreatePlainClient();
        using var response = await (await LoadAsync(sender)).FillValid("Only Me").PostAsync();
        var reference = await FollowToThanksAsync(response, sender);
        using var stranger = factory.CreatePlainClient();

        var typed = await stranger.GetDocumentAsync("/contact/thanks?reference=" + reference);

        Assert.Empty(typed.QuerySelectorAll(".reference"));
        Assert.DoesNotContain(reference, typed.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCD-EFGH")]
    [InlineData("CfDJ8-not-a-protected-value")]
    [InlineData("")]
    public async Task A_forged_thanks_cookie_shows_no_reference(string value)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/contact/thanks");
        request.Headers.TryAddWithoutValidation("Cookie", ThanksCookie + "=" + value);

        using var answer = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await HtmlHelpers.ParseAsync(answer);
        Assert.Empty(page.QuerySelectorAll(".reference"));
    }

    [Fact]
    public async Task The_thanks_cookie_is_short_lived_http_only_strict_and_scoped_to_the_thanks_page_and_that_page_is_not_stored()
    {
        using var client = factory.CreatePlainClient();
        using var response = await (await LoadAsync(client)).FillValid("Cookie Reader").PostAsync();

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ThanksCookie + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("path=/contact/thanks", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=900", cookie, StringComparison.Ordinal);
        using var thanks = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Contains("no-store", thanks.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_from_an_article_shows_what_the_person_was_reading_and_records_its_slug()
    {
        using var client = factory.CreatePlainClient();
        var form = await LoadAsync(client, SeedSlug);

        var source = form.Document.QuerySelector("main .source-article");
        Assert.NotNull(source);
        Assert.StartsWith("You were reading", source.Text(), StringComparison.Ordinal);
        var link = source.QuerySelector("a[href]");
        Assert.NotNull(link);
        Assert.Equal(SeedTitle, link.Text());
        Assert.Equal("/guide/" + SeedSlug, link.GetAttribute("href"));
        Assert.Equal(SeedSlug, form[AboutField]);

        using var response = await form.FillValid().PostAsync();

        AssertSeeOtherToThanks(response);
        Assert.Equal(SeedSlug, factory.InquiryFor(form.SubmissionToken)?.SourceSlug);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("../../etc/passwd")]
    [InlineData("<script>alert(1)</script>")]
    public async Task An_unknown_about_slug_is_ignored_without_error_and_not_recorded(string about)
    {
        using var client = factory.CreatePlainClient();
        var form = await LoadAsync(client, about);

        Assert.Empty(form.Document.QuerySelectorAll(".source-article"));
        Assert.Null(form[AboutField]);
        Assert.Empty(form.Document.QuerySelectorAll("main script"));

        using var response = await form.FillValid().PostAsync();

        AssertSeeOtherToThanks(response);
        var row = factory.InquiryFor(form.SubmissionToken);
        Assert.NotNull(row);
        Assert.Null(row.SourceSlug);
    }

    [Fact]
    public async Task A_forged_about_field_naming_no_article_is_not_recorded()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid().Set(AboutField, "made-up-slug");

        using var response = await form.PostAsync();

        AssertSeeOtherToThanks(response);
        Assert.Null(factory.InquiryFor(form.SubmissionToken)?.SourceSlug);
    }

    [Fact]
    public async Task Posting_the_same_form_twice_stores_one_inquiry_and_both_answers_name_the_same_reference()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Double Click");
        var before = factory.InquiryCount();

        using var first = await form.PostAsync();
        var reference = await FollowToThanksAsync(first, client);
        using var second = await form.PostAsync();

        Assert.Equal(reference, await FollowToThanksAsync(second, client));
        Assert.Equal(before + 1, factory.InquiryCount());
        Assert.Equal(reference, factory.InquiryFor(form.SubmissionToken)?.Reference);
    }

    [Fact]
    public async Task Posting_the_same_form_twice_at_once_stores_one_inquiry()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Impatient Double Click");
        var before = factory.InquiryCount();

        var responses = await Task.WhenAll(form.PostAsync(), form.PostAsync(), form.PostAsync());

        foreach (var response in responses)
        {
            AssertSeeOtherToThanks(response);
        }

        // The browser keeps whichever answer's cookie came last: each names the one stored inquiry.
        var reference = await FollowToThanksAsync(responses[^1], client);
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(factory.InquiryFor(form.SubmissionToken)?.Reference, reference);
        Assert.Equal(before + 1, factory.InquiryCount());
    }

    [Fact]
    public async Task Correcting_a_returned_form_and_sending_it_again_stores_one_inquiry()
    {
        using var client = factory.CreatePlainClient();
        var form = await LoadAsync(client);
        form.Set(NameField, "Corrected Person").Set(MessageField, "Hello");

        using var returned = await form.PostAsync();
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var again = FromDocument(client, form.Path, await HtmlHelpers.ParseAsync(returned));
        Assert.Equal(form.SubmissionToken, again.SubmissionToken);
        again.Set(EmailField, "corrected@example.com").Set(ConsentField, "true");
        using var response = await again.PostAsync();

        AssertSeeOtherToThanks(response);
        var row = factory.InquiryFor(form.SubmissionToken);
        Assert.NotNull(row);
        Assert.Equal("Corrected Person", row.Name);
        Assert.Equal("Hello", row.Message);
    }

    [Fact]
    public async Task Each_load_of_the_form_gets_its_own_submission_token()
    {
        using var client = factory.CreatePlainClient();

        var first = await LoadAsync(client);
        var second = await LoadAsync(client);

        Assert.True(Guid.TryParse(first.SubmissionToken, out _), $"'{first.SubmissionToken}' is not a token");
        Assert.NotEqual(first.SubmissionToken, second.SubmissionToken);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
