using System.Globalization;

namespace AttachmentGuide.Content.Images;

/// <summary>
/// Where an image and its sizes are served: <c>/images/STEM.HASH.WIDTH.EXT</c>. The hash makes every
/// address immutable (a changed file gets new ones), so they can be cached for a year.
/// </summary>
public static class ImageAddresses
{
    /// <summary>The folder in the site's address space, as articles write it.</summary>
    public const string Prefix = "/images/";

    /// <summary>The widest image served: wider than any screen shows the article column at.</summary>
    public const int MaxWidth = 1600;

    // Phones, tablets and retina laptops at the article's column width (42rem, about 670 CSS pixels).
    private static readonly int[] StandardWidths = [480, 800, 1200, MaxWidth];

    /// <summary>The widths <paramref name="image"/> is served at, narrowest first; never wider than the file itself.</summary>
    public static IReadOnlyList<int> Widths(ContentImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var widest = Math.Min(image.Inspection.Width, MaxWidth);
        return [.. StandardWidths.Where(w => w < widest), widest];
    }

    /// <summary>The height of <paramref name="image"/> shown at <paramref name="width"/>.</summary>
    public static int HeightAt(ContentImage image, int width)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Math.Max(1, (int)Math.Round(image.Inspection.Height * (double)width / image.Inspection.Width, MidpointRounding.AwayFromZero));
    }

    /// <summary>The address of <paramref name="image"/> at <paramref name="width"/>.</summary>
    public static string Url(ContentImage image, int width)
    {
        ArgumentNullException.ThrowIfNull(image);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix}{Uri.EscapeDataString(image.Stem)}.{image.Hash}.{width}.{Extension(image.Inspection.Format!.Value)}");
    }

    /// <summary>Reads a served file name (the part after <see cref="Prefix"/>); false for anything else.</summary>
    public static bool TryParse(string fileName, out ImageAddress address)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        address = null!;
        var parts = fileName.Split('.');
        if (parts.Length < 4 || FormatOf(parts[^1]) is not { } format
            || !int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var width) || width <= 0)
        {
            return false;
        }

        address = new ImageAddress(string.Join('.', parts[..^3]), parts[^3], width, format);
        return true;
    }

    /// <summary>The file extension served for <paramref name="format"/>.</summary>
    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Png => "png",
        ImageFormat.Jpeg => "jpg",
        _ => "webp",
    };

    /// <summary>The media type served for <paramref name="format"/>.</summary>
    public static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        _ => "image/webp",
    };

    internal static string Key(ContentImage image) => Key(image.Stem, image.Hash, image.Inspection.Format!.Value);

    internal static string Key(string stem, string hash, ImageFormat format) => $"{stem}\n{hash}\n{Extension(format)}";

    private static ImageFormat? FormatOf(string extension) => extension switch
    {
        "png" => ImageFormat.Png,
        "jpg" => ImageFormat.Jpeg,
        "webp" => ImageFormat.WebP,
        _ => null,
    };
}
