using AttachmentGuide.Content.Images;
using SkiaSharp;

namespace AttachmentGuide.Web.Images;

/// <summary>
/// Decodes an image and encodes it again at one width. Only pixels survive: the encoders write no EXIF, XMP or
/// comments, so a photo's camera, time and GPS location never leave the server. The EXIF rotation is applied
/// first, since the tag that carried it is gone.
/// </summary>
public static class ImageResizer
{
    /// <summary>The encoded image at <paramref name="width"/> by <paramref name="height"/>, or null when the source cannot be decoded within the limits.</summary>
    public static byte[]? Resize(byte[] source, ImageFormat format, int width, int height, int quality)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data);

        // The header reader checked the size already; the decoder's own reading is checked again before it allocates.
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > ImageLimits.MaxPixels)
        {
            return null;
        }

        var origin = codec.EncodedOrigin;
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (storedWidth, storedHeight) = turned ? (height, width) : (width, height);

        // JPEG decodes straight to 1/2, 1/4 or 1/8 size: far less memory and time for a big photo made small.
        var scaled = codec.GetScaledDimensions(Math.Max((float)storedWidth / codec.Info.Width, (float)storedHeight / codec.Info.Height));
        var info = new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        // A file cut short decodes as "incomplete input", half grey: better no picture than a broken one.
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return null;
        }

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        ApplyOrigin(canvas, origin, width, height);
        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(image, new SKRect(0, 0, storedWidth, storedHeight), new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Flush();

        using var output = surface.Snapshot();
        using var encoded = output.Encode(EncodedFormat(format), quality);
        return encoded?.ToArray();
    }

    // Maps the stored pixels onto the upright canvas, as the EXIF orientation says a viewer should.
    private static void ApplyOrigin(SKCanvas canvas, SKEncodedOrigin origin, int width, int height)
    {
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(width, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(width, height);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, height);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(width, height);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, height);
                canvas.RotateDegrees(-90);
                break;
        }
    }

    private static SKEncodedImageFormat EncodedFormat(ImageFormat format) => format switch
    {
        ImageFormat.Png => SKEncodedImageFormat.Png,
        ImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        _ => SKEncodedImageFormat.Webp,
    };
}
