namespace AttachmentGuide.Web.Pages.Contact;

/// <summary>How a contact form submission ended; the page turns each case into its answer (303, 200 or 429).</summary>
public abstract record SubmissionOutcome
{
    private SubmissionOutcome()
    {
    }

    /// <summary>The form was taken to the thanks page with <paramref name="Reference"/>.</summary>
    public abstract record Thanked(string Reference) : SubmissionOutcome;

    /// <summary>A bot filled the honeypot: it is thanked with a reference that belongs to nothing; nothing is stored.</summary>
    public sealed record Spam(string Reference) : Thanked(Reference);

    /// <summary>The form goes back to the person with these errors; nothing is stored.</summary>
    public sealed record Invalid(IReadOnlyList<ContactInputValidator.FieldError> Errors) : SubmissionOutcome;

    /// <summary>This copy of the form was stored before (a refresh or double click); nothing new is stored.</summary>
    public sealed record Repeated(string Reference) : Thanked(Reference);

    /// <summary>The client address has used its accepted submissions for now; nothing is stored.</summary>
    public sealed record RateLimited : SubmissionOutcome;

    /// <summary>The save failed (a full disk, a database that cannot be written): nothing is stored and no permit is used.</summary>
    public sealed record SaveFailed : SubmissionOutcome;

    /// <summary>A new inquiry was committed under <paramref name="Reference"/>.</summary>
    public sealed record Stored(string Reference) : Thanked(Reference);
}
