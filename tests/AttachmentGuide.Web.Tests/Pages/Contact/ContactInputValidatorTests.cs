using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Pages.Contact;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

public sealed class ContactInputValidatorTests
{
    private static ContactInput Valid() => ValidContactInput.Create();

    private static IEnumerable<string> FieldsWithErrors(ContactInput input) =>
        ContactInputValidator.CleanAndValidate(input).Select(e => e.Field);

    [Fact]
    public void A_complete_form_has_no_errors()
    {
        Assert.Empty(ContactInputValidator.CleanAndValidate(Valid()));
    }

    [Fact]
    public void Phone_alone_is_enough_when_phone_is_the_chosen_way_to_reply()
    {
        var input = Valid();
        input.Email = null;
        input.Phone = "+44 (0)20 7946-0000";
        input.PreferredContact = "phone";

        Assert.Empty(ContactInputValidator.CleanAndValidate(input));
    }

    [Theory]
    [InlineData(nameof(ContactInput.Name), null)]
    [InlineData(nameof(ContactInput.Name), "   ")]
    [InlineData(nameof(ContactInput.Email), "not-an-email")]
    [InlineData(nameof(ContactInput.Email), "two@@example.org")]
    [InlineData(nameof(ContactInput.Email), "Name <name@example.org>")]
    [InlineData(nameof(ContactInput.Phone), "call me maybe")]
    [InlineData(nameof(ContactInput.Phone), "12")]
    [InlineData(nameof(ContactInput.PreferredContact), "carrier pigeon")]
    [InlineData(nameof(ContactInput.Voicemail), "maybe")]
    [InlineData(nameof(ContactInput.SayClinicName), "<script>")]
    [InlineData(nameof(ContactInput.Consent), null)]
    [InlineData(nameof(ContactInput.Consent), "on")]
    [InlineData(nameof(ContactInput.Consent), "<script>")]
    public void An_invalid_value_is_an_error_on_its_own_field(string field, string? value)
    {
        var input = Valid();
        typeof(ContactInput).GetProperty(field)!.SetValue(input, value);

        Assert.Equal([field], FieldsWithErrors(input));
    }

    [Fact]
    public void A_phone_number_without_an_email_is_enough_even_with_email_chosen_in_advance()
    {
        var input = Valid();
        input.Email = null;
        input.Phone = "07700 900982";

        Assert.Empty(ContactInputValidator.CleanAndValidate(input));
        Assert.Equal("phone", input.PreferredContact);
    }

    [Fact]
    public void Neither_email_nor_phone_asks_for_one_of_them()
    {
        var input = Valid();
        input.Email = null;

        var error = Assert.Single(ContactInputValidator.CleanAndValidate(input));
        Assert.Equal(nameof(ContactInput.Email), error.Field);
        Assert.Contains("phone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_phone_without_a_number_is_an_error_on_the_phone_field()
    {
        var input = Valid();
        input.PreferredContact = "phone";

        Assert.Equal([nameof(ContactInput.Phone)], FieldsWithErrors(input));
    }

    [Theory]
    [InlineData(nameof(ContactInput.Name), 100)]
    [InlineData(nameof(ContactInput.ContactTime), 200)]
    [InlineData(nameof(ContactInput.Message), 2000)]
    public void Text_up_to_the_limit_is_accepted_and_one_character_more_is_not(string field, int limit)
    {
        var atLimit = Valid();
        var overLimit = Valid();
        typeof(ContactInput).GetProperty(field)!.SetValue(atLimit, new string('a', limit));
        typeof(ContactInput).GetProperty(field)!.SetValue(overLimit, new string('a', limit + 1));

        Assert.Empty(FieldsWithErrors(atLimit));
        Assert.Equal([field], FieldsWithErrors(overLimit));
    }

    [Fact]
    public void Whitespace_around_a_long_message_does_not_count_against_the_limit()
    {
        var input = Valid();
        input.Message = "   " + new string('a', 2000) + "\r\n\r\n";

        Assert.Empty(FieldsWithErrors(input));
        Assert.Equal(2000, input.Message!.Length);
    }

    [Fact]
    public void ToInquiry_carries_the_cleaned_values_and_the_safe_contact_answers()
    {
        var input = Valid();
        input.Name = "  李小龙\t";
        input.Voicemail = "yes";
        input.SayClinicName = "no";
        input.Message = "Hello\r\nthere";
        var token = Guid.NewGuid();
        ContactInputValidator.CleanAndValidate(input);

        var inquiry = ContactInputValidator.ToInquiry(input, token, "what-causes-attachment-trauma");

        Assert.Equal(token, inquiry.SubmissionToken);
        Assert.Equal("李小龙", inquiry.Content.Name);
        Assert.Equal("Hello\nthere", inquiry.Content.Message);
        Assert.Equal(ContactMethod.Email, inquiry.Content.PreferredContact);
        Assert.True(inquiry.Content.VoicemailAllowed);
        Assert.False(inquiry.Content.ClinicNameAllowed);
        Assert.Equal("what-causes-attachment-trauma", inquiry.Content.SourceSlug);
    }
}
