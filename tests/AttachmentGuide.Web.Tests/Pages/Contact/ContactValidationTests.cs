using System.Net;
using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

public sealed class ContactValidationTests(ContactSiteFactory factory) : IClassFixture<ContactSiteFactory>
{
    private static readonly string LongMessage = string.Concat(Enumerable.Repeat("A few words are enough. ", 90))[..2001];

    /// <summary>Each rule: what the test changes in a valid form (null removes the field), and the field that must report it.</summary>
    private static readonly Dictionary<string, (string Field, Dictionary<string, string?> Changes)> Cases = new(StringComparer.Ordinal)
    {
        ["missing name"] = ("Name", new() { [NameField] = "" }),
        ["blank name"] = ("Name", new() { [NameField] = "   " }),
        ["name over 100 characters"] = ("Name", new() { [NameField] = new string('n', 101) }),
        ["no email and no phone"] = ("Email", new() { [EmailField] = "", [PhoneField] = "" }),
        ["malformed email"] = ("Email", new() { [EmailField] = "zoe@@example" }),
        ["email without a domain"] = ("Email", new() { [EmailField] = "zoe@example" }),
        ["phone with letters"] = ("Phone", new() { [PhoneField] = "0207 CALL ME" }),
        ["phone preferred but no phone"] = ("Phone", new() { [PreferredContactField] = "phone", [PhoneField] = "" }),
        ["message over 2,000 characters"] = ("Message", new() { [MessageField] = LongMessage }),
        ["consent missing"] = ("Consent", new() { [ConsentField] = null }),
        ["consent forged as markup"] = ("Consent", new() { [ConsentField] = "<script>" }),
        ["voicemail neither yes nor no"] = ("Voicemail", new() { [VoicemailField] = "maybe" }),
        ["preferred contact forged"] = ("PreferredContact", new() { [PreferredContactField] = "pigeon" }),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task An_invalid_submission_is_returned_with_the_error_summary_the_field_error_and_every_value_kept(string caseName)
    {
        var (field, changes) = Cases[caseName];
        using var client = factory.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid()
            .Set(PhoneField, "+44 20 7946 0001")
            .Set(ContactTimeField, "Weekday evenings")
            .Set(MessageField, "Hello,\nthis is me.")
            .With(changes);
        var before = factory.InquiryCount();

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlHelpers.ParseAsync(response);
        var fieldId = "Input_" + field;
        var errorId = fieldId + "-error";

        var summary = Assert.Single(document.QuerySelectorAll(".error-summary"));
        Assert.Equal("alert", summary.GetAttribute("role"));
        var summaryLink = summary.QuerySelectorAll("a[href]").FirstOrDefault(a => a.GetAttribute("href") == "#" + fieldId);
        Assert.True(summaryLink is not null, $"The summary does not link to #{fieldId}: {summary.Text()}");
        Assert.All(summary.QuerySelectorAll("a[href]"), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
        if (SiteYaml.Scalar("discreet_tab") != "true")
        {
            Assert.StartsWith("Error:", document.Title, StringComparison.Ordinal);
        }

        var control = document.GetElementById(fieldId);
        Assert.NotNull(control);
        var message = document.GetElementById(errorId);
        Assert.NotNull(message);
        Assert.Contains(summaryLink.Text(), message.Text(), StringComparison.Ordinal);
        Assert.Contains(errorId, (control.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (control.LocalName != "fieldset")
        {
            // A radio group's fieldset has role group, which takes no aria-invalid (ARIA 1.2); its description carries the error.
            Assert.Equal("true", control.GetAttribute("aria-invalid"));
        }

        var fieldBox = control.Closest(".field");
        Assert.NotNull(fieldBox);
        Assert.Same(fieldBox, message.Closest(".field"));
        Assert.True(fieldBox.ClassList.Contains("field--error"), $"The field around #{fieldId} is not marked as in error");

        var shown = FromDocument(client, form.Path, document);
        foreach (var (name, sent) in form.Fields.Where(f => f.Key != AntiforgeryField))
        {
            var expected = IsChoiceWithUnknownValue(document, name, sent) ? null : sent;
            var actual = shown[name];
            Assert.True(
                string.Equals(expected?.Trim(), actual, StringComparison.Ordinal),
                $"{name} was sent as '{sent}' but shown as '{actual}'");
        }

        Assert.Equal(before, factory.InquiryCount());
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }

    [Fact]
    public async Task An_empty_form_lists_every_missing_answer_in_the_order_of_the_form()
    {
        using var client = factory.CreatePlainClient();
        var form = await LoadAsync(client);

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlHelpers.ParseAsync(response);
        var targets = document.QuerySelectorAll(".error-summary a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_Name", "#Input_Email", "#Input_Consent"], targets);
        var invalid = document.QuerySelectorAll("[aria-invalid=true]").Select(e => e.Id).ToList();
        Assert.Equal(["Input_Name", "Input_Email", "Input_Consent"], invalid);
        Assert.Null(factory.InquiryFor(form.SubmissionToken));
    }

    [Fact]
    public async Task A_valid_form_shows_no_error_summary_and_no_invalid_fields()
    {
        using var client = factory.CreatePlainClient();

        var form = await LoadAsync(client);

        Assert.Empty(form.Document.QuerySelectorAll(".error-summary, .field-error, [aria-invalid]"));
        Assert.DoesNotContain("Error", form.Document.Title, StringComparison.Ordinal);
    }

    /// <summary>A radio or checkbox value the form does not offer cannot be shown again: nothing is ticked.</summary>
    private static bool IsChoiceWithUnknownValue(IDocument document, string name, string value)
    {
        var choices = document.QuerySelectorAll("input[type=radio], input[type=checkbox]")
            .Where(e => e.GetAttribute("name") == name)
            .ToList();
        return choices.Count > 0 && choices.All(c => c.GetAttribute("value") != value);
    }
}
