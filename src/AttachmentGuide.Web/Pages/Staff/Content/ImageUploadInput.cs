namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// The upload form as posted. <see cref="Replace"/> is text, not a bool: a value that does not bind would otherwise be
/// a 500 when the form is drawn again (the checkbox trap), so only "true" ticks it.
/// </summary>
public sealed class ImageUploadInput
{
    /// <summary>The longest description kept: a sentence or two, which is all a screen reader user wants.</summary>
    public const int MaxAltTextLength = 300;

    public IFormFile? File { get; set; }

    public string? AltText { get; set; }

    public string? FileName { get; set; }

    public string? Replace { get; set; }

    public bool ReplaceTicked => string.Equals(Replace, "true", StringComparison.Ordinal);
}
