namespace AttachmentGuide.Content.Diagnostics;

/// <summary>The images' codes, 025x: warnings in an article (the image is shown as its description).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// An image in <c>/images/</c> that is not in the images folder. Its own code, so a deploy pipeline can make
    /// it an error (<c>check-content --strict</c>).
    /// </summary>
    public const string ImageNotFound = "AG0250";

    /// <summary>An image address outside the images folder: another folder, <c>../</c>, a subfolder or a file path.</summary>
    public const string ImageOutsideFolder = "AG0251";

    /// <summary>A file that is not PNG, JPEG or WebP by its bytes, whatever its name says.</summary>
    public const string ImageNotSupported = "AG0252";

    /// <summary>An image that is cut short, broken, or larger than the site will decode.</summary>
    public const string ImageDamaged = "AG0253";
}
