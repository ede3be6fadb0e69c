using AttachmentGuide.Web.Pages.Contact;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>A contact form that passes validation, for unit tests to change one field at a time.</summary>
public static class ValidContactInput
{
    public static ContactInput Create() => new()
    {
        Name = "Zoë O'Brien",
        Email = "zoe@example.org",
        PreferredContact = "email",
        Voicemail = "no",
        SayClinicName = "no",
        Consent = "true",
    };
}
