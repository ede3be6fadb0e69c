using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Images;

/// <summary>Where the resized images are kept and how they are encoded. Bound from <c>Images</c>.</summary>
public sealed class ImageOptions
{
    public const string SectionName = "Images";

    /// <summary>The folder for the generated sizes (made once, kept across restarts); safe to delete.</summary>
    [Required]
    [MaxLength(4096)]
    public string CachePath { get; set; } = "data/images";

    /// <summary>JPEG and WebP quality: at 70 a photo on a phone looks the same to the eye as the original, at a fraction of the bytes.</summary>
    [Range(40, 100)]
    public int Quality { get; set; } = 70;
}
