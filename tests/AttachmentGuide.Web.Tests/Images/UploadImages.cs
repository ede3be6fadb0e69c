using System.Text;
using SkiaSharp;

namespace AttachmentGuide.Web.Tests.Images;

/// <summary>Real, decodable pictures in each format the site takes, and files that only pretend to be one.</summary>
internal static class UploadImages
{
    public static byte[] Png(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Png, width, height);

    public static byte[] Jpeg(int width = 64, int height = 48) => TestPhotos.Jpeg(width, height);

    public static byte[] WebP(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Webp, width, height);

    public static byte[] Of(string format) => format switch
    {
        "png" => Png(),
        "jpg" => Jpeg(),
        "webp" => WebP(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "png, jpg or webp"),
    };

    public static string MediaType(string format) => format switch
    {
        "png" => "image/png",
        "jpg" => "image/jpeg",
        _ => "image/webp",
    };

    /// <summary>The smallest GIF: a real picture, in a format the site does not serve.</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8.ToArray(), 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
        0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    private static byte[] Encode(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x2e, 0x5e, 0x7e));
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
