namespace AttachmentGuide.Web.Inquiries;

/// <summary>
/// What staff must not do when they reply, from the person's safe-contact answers on the form. Someone they live
/// with may hear a voicemail or answer the phone, so these lead the detail page, before any number is dialled.
/// </summary>
public static class SafeContactAdvice
{
    public const string NoVoicemail = "Do not leave a voicemail.";

    public const string NoClinicName = "Do not say the clinic's name if someone else answers.";

    /// <summary>Each restriction the person asked for, in the order the form asks; empty when they asked for none.</summary>
    public static IReadOnlyList<string> For(InquiryContent sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var restrictions = new List<string>(2);
        if (!sent.VoicemailAllowed)
        {
            restrictions.Add(NoVoicemail);
        }

        if (!sent.ClinicNameAllowed)
        {
            restrictions.Add(NoClinicName);
        }

        return restrictions;
    }
}
