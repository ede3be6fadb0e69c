namespace AttachmentGuide.Content.Images;

/// <summary>The image formats the site serves, recognised by their bytes rather than their names.</summary>
public enum ImageFormat
{
    /// <summary>PNG: drawings, screenshots, anything with sharp edges or transparency.</summary>
    Png,

    /// <summary>JPEG: photographs.</summary>
    Jpeg,

    /// <summary>WebP: either kind, smaller.</summary>
    WebP,
}
