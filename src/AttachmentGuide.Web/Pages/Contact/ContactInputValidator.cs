using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using AttachmentGuide.Web.Forms;
using AttachmentGuide.Web.Inquiries;

namespace AttachmentGuide.Web.Pages.Contact;

/// <summary>The contact form's rules. Pure: cleans, checks, and either builds the inquiry or lists field errors.</summary>
public static partial class ContactInputValidator
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 32;
    public const int ContactTimeMaxLength = 200;
    public const int MessageMaxLength = 2000;

    /// <summary>A field error: the input's name (without the <c>Input.</c> prefix) and a message saying how to fix it.</summary>
    public sealed record FieldError(string Field, string Message);

    /// <summary>Cleans <paramref name="input"/> in place (so the form shows what will be stored) and validates it.</summary>
    public static IReadOnlyList<FieldError> CleanAndValidate(ContactInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Name = FormText.CleanLine(input.Name);
        input.Email = FormText.CleanLine(input.Email);
        input.Phone = FormText.CleanLine(input.Phone);
        input.ContactTime = FormText.CleanLine(input.ContactTime);
        input.Message = FormText.CleanMultiline(input.Message);
        input.PreferredContact = FormText.CleanLine(input.PreferredContact)?.ToLowerInvariant();
        input.Voicemail = FormText.CleanLine(input.Voicemail)?.ToLowerInvariant();
        input.SayClinicName = FormText.CleanLine(input.SayClinicName)?.ToLowerInvariant();

        // "By email" is chosen in advance; someone who gives only a phone number can only be phoned.
        if (input.Email is null && input.Phone is not null && input.PreferredContact == "email")
        {
            input.PreferredContact = "phone";
        }

        var errors = new List<FieldError>();
        if (input.Name is null)
        {
            errors.Add(new(nameof(input.Name), "Enter your name"));
        }
        else if (input.Name.Length > NameMaxLength)
        {
            errors.Add(new(nameof(input.Name), $"Your name must be {NameMaxLength} characters or fewer"));
        }

        if (input.PreferredContact is not ("email" or "phone"))
        {
            errors.Add(new(nameof(input.PreferredContact), "Choose whether we should reply by email or by phone"));
        }

        if (input.Email is null && input.Phone is null)
        {
            errors.Add(new(nameof(input.Email), "Enter an email address, or a phone number below"));
        }
        else if (input.Email is not null && !IsEmail(input.Email))
        {
            errors.Add(new(nameof(input.Email), "Enter an email address in the correct format, like name@example.com"));
        }

        if (input.Phone is not null && !IsPhone(input.Phone))
        {
            errors.Add(new(nameof(input.Phone), "Enter a phone number using digits, spaces and + ( ) -, like +44 20 7946 0000"));
        }
        else if (input.Phone is null && input.PreferredContact == "phone")
        {
            errors.Add(new(nameof(input.Phone), "Enter a phone number, or choose to be contacted by email"));
        }

        if (input.Voicemail is not ("yes" or "no"))
        {
            errors.Add(new(nameof(input.Voicemail), "Choose yes or no"));
        }

        if (input.SayClinicName is not ("yes" or "no"))
        {
            errors.Add(new(nameof(input.SayClinicName), "Choose yes or no"));
        }

        if (input.ContactTime is { Length: > ContactTimeMaxLength })
        {
            errors.Add(new(nameof(input.ContactTime), $"A good time to reach you must be {ContactTimeMaxLength} characters or fewer"));
        }

        if (input.Message is { Length: > MessageMaxLength } message)
        {
            errors.Add(new(nameof(input.Message), string.Create(
                CultureInfo.InvariantCulture,
                $"Your message must be {MessageMaxLength:N0} characters or fewer; it has {message.Length:N0}. A few words are enough")));
        }

        if (input.Consent != "true")
        {
            errors.Add(new(nameof(input.Consent), "Tick the box to agree that we may keep your details to reply to you"));
        }

        return errors;
    }

    /// <summary>Builds the inquiry from input that passed <see cref="CleanAndValidate"/>.</summary>
    public static NewInquiry ToInquiry(ContactInput input, Guid submissionToken, string? sourceSlug)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new NewInquiry(
            submissionToken,
            new InquiryContent(
                input.Name!,
                input.Email,
                input.Phone,
                input.PreferredContact == "phone" ? ContactMethod.Phone : ContactMethod.Email,
                input.Voicemail == "yes",
                input.SayClinicName == "yes",
                input.ContactTime,
                input.Message,
                sourceSlug));
    }

    /// <summary>An address mail can be sent to, as the contact form accepts it; the staff accounts page asks the same.</summary>
    public static bool IsEmail(string value) =>
        value.Length <= EmailMaxLength
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && EmailShape().IsMatch(value);

    private static bool IsPhone(string value) =>
        value.Length <= PhoneMaxLength
        && PhoneShape().IsMatch(value)
        && value.Count(char.IsAsciiDigit) is >= 6 and <= 15;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9 ()\-.]+$")]
    private static partial Regex PhoneShape();
}
