using AttachmentGuide.Content.Images;
using AttachmentGuide.Web.Images;
using SkiaSharp;

namespace AttachmentGuide.Web.Tests.Images;

public sealed class ImageResizerTests
{
    // A 300 x 200 photo, blue but for a red square in its stored top-left corner.
    private static byte[] MarkedPhoto(ushort orientation)
    {
        using var surface = SKSurface.Create(new SKImageInfo(300, 200));
        surface.Canvas.Clear(SKColors.Blue);
        using var red = new SKPaint { Color = SKColors.Red };
        surface.Canvas.DrawRect(0, 0, 60, 60, red);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 95);
        return TestPhotos.WithExif(data.ToArray(), orientation);
    }

    [Theory]
    [InlineData(1, "top-left")]
    [InlineData(2, "top-right")]
    [InlineData(3, "bottom-right")]
    [InlineData(4, "bottom-left")]
    [InlineData(5, "top-left")]
    [InlineData(6, "top-right")]
    [InlineData(7, "bottom-right")]
    [InlineData(8, "bottom-left")]
    public void Resize_turns_the_photo_the_way_its_exif_orientation_says(ushort orientation, string corner)
    {
        var (width, height) = orientation >= 5 ? (100, 150) : (150, 100);

        var resized = ImageResizer.Resize(MarkedPhoto(orientation), ImageFormat.Jpeg, width, height, 90);

        using var bitmap = SKBitmap.Decode(resized);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        var x = corner.EndsWith("left", StringComparison.Ordinal) ? 5 : width - 6;
        var y = corner.StartsWith("top", StringComparison.Ordinal) ? 5 : height - 6;
        var pixel = bitmap.GetPixel(x, y);
        Assert.True(pixel.Red > 200 && pixel.Blue < 80, $"expected the red corner at the {corner}, found {pixel}");
    }

    [Fact]
    public void Resize_refuses_a_file_that_is_not_an_image_or_is_cut_short()
    {
        var photo = TestPhotos.Jpeg(400, 300);

        Assert.Null(ImageResizer.Resize("not an image"u8.ToArray(), ImageFormat.Jpeg, 100, 75, 80));
        Assert.Null(ImageResizer.Resize(photo[..(photo.Length / 2)], ImageFormat.Jpeg, 100, 75, 80));
    }
}
