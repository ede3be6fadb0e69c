namespace AttachmentGuide.Web.Pages.Contact;

/// <summary>
/// What the contact form posts, as typed. Every field is text so that no value can fail to bind:
/// a forged <c>Consent=&lt;script&gt;</c> becomes a field error, never a 500.
/// </summary>
public sealed class ContactInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary><c>email</c> or <c>phone</c>.</summary>
    public string? PreferredContact { get; set; } = "email";

    /// <summary><c>yes</c> or <c>no</c>: may the clinic leave a voicemail?</summary>
    public string? Voicemail { get; set; } = "no";

    /// <summary><c>yes</c> or <c>no</c>: may the clinic say its name when it calls?</summary>
    public string? SayClinicName { get; set; } = "no";

    public string? ContactTime { get; set; }

    public string? Message { get; set; }

    /// <summary><c>true</c> when the consent box is ticked.</summary>
    public string? Consent { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by bots.</summary>
    public string? Website { get; set; }

    /// <summary>Identifies this copy of the form, so a repeated POST stores one inquiry.</summary>
    public string? SubmissionToken { get; set; }

    /// <summary>The slug of the article the person came from.</summary>
    public string? About { get; set; }
}
