namespace AttachmentGuide.Content.Images;

/// <summary>
/// The most the site will read or decode for one image. A file may declare any size in a few bytes
/// (a "decompression bomb"), so work is bounded by what the header says before anything is decoded.
/// </summary>
public static class ImageLimits
{
    /// <summary>About a 40-megapixel photo: far more than any page needs, little enough to decode safely.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The largest file read from the images folder.</summary>
    public const long MaxFileBytes = 30 * 1024 * 1024;
}
