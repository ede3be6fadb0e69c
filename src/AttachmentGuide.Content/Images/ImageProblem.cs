namespace AttachmentGuide.Content.Images;

/// <summary>Why a file in the images folder cannot be shown.</summary>
public enum ImageProblem
{
    /// <summary>A PNG, JPEG or WebP whose size could be read.</summary>
    None,

    /// <summary>Not a PNG, JPEG or WebP by its bytes, whatever its name says.</summary>
    NotSupported,

    /// <summary>It starts like an image but is cut short or its header is broken.</summary>
    Damaged,

    /// <summary>It declares more pixels (or the file has more bytes) than the site will ever decode.</summary>
    TooLarge,
}
