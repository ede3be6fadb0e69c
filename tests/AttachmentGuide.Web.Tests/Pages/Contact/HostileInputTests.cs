using System.Net;
using System.Text;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

public sealed class HostileInputTests(ContactSiteFactory factory) : IClassFixture<ContactSiteFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Breakout = "\"><img src=x onerror=alert(1)>";

    private const string TypedName = "  " + Script + "\r\n" + Breakout + "\u001b\u007f\u0007\tZoë  ";
    private const string StoredName = Script + " " + Breakout + " Zoë";

    private const string TypedEmail = " \u001bzoe@exa\u007fmple.com\u0007\r\n";
    private const string StoredEmail = "zoe@example.com";

    private const string TypedPhone = "\t+44\u0007 7700 900\u001b123\t";
    private const string StoredPhone = "+44 7700 900123";

    private const string TypedContactTime = "\u0007Evenings\r\nafter <b>6</b>\tor " + Breakout + " ";
    private const string StoredContactTime = "Evenings after <b>6</b> or " + Breakout;

    private const string TypedMessage = "\r\n Line one " + Script + "\r\nLine two\t" + Breakout + "\u001b\u007f\u0007\r\n\r\n\tend  \r\n";
    private const string StoredMessage = "Line one " + Script + "\nLine two\t" + Breakout + "\n\n\tend";

    [Fact]
    public async Task Markup_and_control_characters_are_stored_as_plain_text_with_controls_removed()
    {
        using var client = factory.CreatePlainClient();
        var form = HostileForm(await LoadAsync(client)).Set(MessageField, TypedMessage);

        using var response = await form.PostAsync();

        AssertSeeOtherToThanks(response);
        var row = factory.InquiryFor(form.SubmissionToken);
        Assert.NotNull(row);
        Assert.Equal(StoredName, row.Name);
        Assert.Equal(StoredEmail, row.Email);
        Assert.Equal(StoredPhone, row.Phone);
        Assert.Equal(StoredContactTime, row.ContactTime);
        Assert.Equal(StoredMessage, row.Message);
    }

    [Fact]
    public async Task Bidirectional_controls_typed_in_the_one_line_fields_are_not_stored()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client))
            .FillValid("Ann \u202Efer 2026\u202C Lee\u2066 \u2067x\u2069\u200F\u061C", "\u202Dann@example.com\u202C")
            .Set(PhoneField, "\u202A+44 7700 900123\u202C")
            .Set(ContactTimeField, "\u2068Evenings\u2069 \u202Bafter six\u202C\u200E");

        using var response = await form.PostAsync();

        AssertSeeOtherToThanks(response);
        var row = factory.InquiryFor(form.SubmissionToken);
        Assert.NotNull(row);
        Assert.Equal("Ann fer 2026 Lee x", row.Name);
        Assert.Equal("ann@example.com", row.Email);
        Assert.Equal("+44 7700 900123", row.Phone);
        Assert.Equal("Evenings after six", row.ContactTime);
    }

    [Fact]
    public async Task Markup_in_a_returned_form_is_shown_as_text_and_injects_no_element()
    {
        using var client = factory.CreatePlainClient();
        var form = HostileForm(await LoadAsync(client)).Set(MessageField, TypedMessage).Remove(ConsentField);

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlHelpers.ParseAsync(response);
        Assert.Empty(document.QuerySelectorAll("img[onerror], [onerror], main b"));
        Assert.Empty(document.QuerySelectorAll("main script, body > script:not([src])"));
        Assert.Empty(document.QuerySelectorAll("main img"));
        Assert.Equal(StoredName, document.GetElementById("Input_Name")?.GetAttribute("value"));
        Assert.Equal(StoredEmail, document.GetElementById("Input_Email")?.GetAttribute("value"));
        Assert.Equal(StoredPhone, document.GetElementById("Input_Phone")?.GetAttribute("value"));
        Assert.Equal(StoredContactTime, document.GetElementById("Input_ContactTime")?.GetAttribute("value"));
        Assert.Equal(StoredMessage, document.GetElementById("Input_Message")?.TextContent);
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }

    [Theory]
    [InlineData(NameField, "Zo\u0000ë", "Zoë")]
    [InlineData(MessageField, "a\u0000b\u0000\u0000c", "abc")]
    [InlineData(PhoneField, "\u00000161 496 0000", "0161 496 0000")]
    public async Task A_NUL_character_is_named_as_the_problem_and_the_text_is_kept(string field, string typed, string shown)
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid().Set(MessageField, "my words").Set(field, typed);

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlHelpers.ParseAsync(response);
        var summary = document.GetElementById("error-summary")?.TextContent ?? string.Empty;
        Assert.Contains("invisible character", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("long time", document.Body!.TextContent, StringComparison.Ordinal);
        var id = "Input_" + field["Input.".Length..];
        var control = document.GetElementById(id)!;
        Assert.Equal(shown, control.LocalName == "textarea" ? control.TextContent : control.GetAttribute("value"));
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }

    [Fact]
    public async Task A_form_corrected_after_a_NUL_is_sent()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("Zo\u0000ë");
        using var returned = await form.PostAsync();

        var corrected = FromDocument(client, form.Path, await HtmlHelpers.ParseAsync(returned)).Set(ConsentField, "true");
        using var sent = await corrected.PostAsync();

        AssertSeeOtherToThanks(sent);
        Assert.Equal("Zoë", factory.InquiryFor(form.SubmissionToken)?.Name);
    }

    [Fact]
    public async Task A_one_megabyte_message_is_refused_as_too_large_and_stores_nothing()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid().Set(MessageField, new string('m', 1024 * 1024));
        var content = form.ToContent();
        Assert.True(content.Headers.ContentLength > 1024 * 1024, "the form body should declare its length");

        using var response = await form.PostAsync(content);

        Assert.True(
            response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest,
            $"A 1 MB form was answered with {(int)response.StatusCode}");
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }

    [Fact]
    public async Task A_one_megabyte_message_sent_without_a_length_is_never_stored()
    {
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid().Set(MessageField, new string('m', 1024 * 1024));
        var body = Encoding.ASCII.GetBytes(await form.ToContent().ReadAsStringAsync(TestContext.Current.CancellationToken));

        using var response = await form.PostAsync(new UnknownLengthContent(body, "application/x-www-form-urlencoded"));

        Assert.True(
            response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest or HttpStatusCode.OK,
            $"A 1 MB form without a length was answered with {(int)response.StatusCode}");
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }

    private static ContactForm HostileForm(ContactForm form) =>
        form.Set(NameField, TypedName)
            .Set(EmailField, TypedEmail)
            .Set(PhoneField, TypedPhone)
            .Set(ContactTimeField, TypedContactTime)
            .Set(ConsentField, "true");
}
