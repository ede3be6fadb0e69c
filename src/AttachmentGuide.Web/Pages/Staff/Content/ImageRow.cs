using System.Globalization;
using AttachmentGuide.Content.Images;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>One picture in the images folder as the list shows it.</summary>
public sealed record ImageRow(ContentImage Image)
{
    /// <summary>The width the thumbnail is drawn at, in CSS pixels.</summary>
    public const int ThumbnailWidth = 160;

    public string Name => Image.Name;

    /// <summary>The address articles write, <c>/images/NAME</c>.</summary>
    public string Reference => ImageAddresses.Prefix + Image.Name;

    /// <summary>The narrowest size the site serves, for the thumbnail; null when the file cannot be shown.</summary>
    public string? ThumbnailUrl => Image.IsUsable ? ImageAddresses.Url(Image, ImageAddresses.Widths(Image)[0]) : null;

    public int ThumbnailHeight => Image.IsUsable ? Math.Max(1, (int)Math.Round(Image.Inspection.Height * (double)ThumbnailWidth / Image.Inspection.Width)) : 0;

    public string Size => Image.Length is not { } bytes ? "unknown size"
        : bytes >= 1024 * 1024 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB");

    public string Dimensions => Image.IsUsable
        ? string.Create(CultureInfo.InvariantCulture, $"{Image.Inspection.Width} × {Image.Inspection.Height} pixels")
        : Image.Inspection.Problem switch
        {
            ImageProblem.NotSupported => "not a PNG, JPEG or WebP picture: articles cannot show it",
            ImageProblem.Damaged => "cut short or damaged: articles cannot show it",
            _ => "too large for the site to show",
        };
}
