namespace AttachmentGuide.Web.Editing;

/// <summary>What an image upload came to.</summary>
public abstract record ImageUploadOutcome
{
    private ImageUploadOutcome()
    {
    }

    /// <summary>Written to the images folder and served.</summary>
    /// <param name="FileName">The name it was saved under, as articles reference it (<c>/images/NAME</c>).</param>
    /// <param name="Replaced">True when it took the place of a picture of the same name.</param>
    /// <param name="NameTaken">The name that was asked for when it was taken and a free one was chosen instead.</param>
    public sealed record Saved(string FileName, bool Replaced, string? NameTaken) : ImageUploadOutcome;

    /// <summary>Not written: the field at fault and what to do.</summary>
    public sealed record Refused(ImageUploadField Field, string Message) : ImageUploadOutcome;

    /// <summary>Not written: the folder could not be written (read-only, full); nothing changed.</summary>
    public sealed record Failed(string Message) : ImageUploadOutcome;
}

/// <summary>The upload form's fields a refusal can be about.</summary>
public enum ImageUploadField
{
    File,
    AltText,
    FileName,
}
