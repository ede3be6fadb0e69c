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

    /// <summary>JPEG and WebP quality, 1-100: 80 looks the same as the original to the eye at a third of the bytes.</summary>
    [Range(40, 100)]
    public int Quality { get; set; } = 80;
}
