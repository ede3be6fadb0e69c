using AttachmentGuide.Content.Images;

namespace AttachmentGuide.Content.Tests.Images;

public sealed class ImageHeaderReaderTests
{
    public static TheoryData<string, byte[], ImageFormat, int, int> Readable => new()
    {
        { "PNG", ImageBytes.Png(1200, 800), ImageFormat.Png, 1200, 800 },
        { "JPEG", ImageBytes.Jpeg(1024, 683), ImageFormat.Jpeg, 1024, 683 },
        { "JPEG turned a quarter by EXIF", ImageBytes.Jpeg(1024, 683, orientation: 6), ImageFormat.Jpeg, 683, 1024 },
        { "JPEG upside down by EXIF", ImageBytes.Jpeg(1024, 683, orientation: 3), ImageFormat.Jpeg, 1024, 683 },
        { "WebP lossy", ImageBytes.WebPLossy(640, 480), ImageFormat.WebP, 640, 480 },
        { "WebP lossless", ImageBytes.WebPLossless(300, 200), ImageFormat.WebP, 300, 200 },
        { "WebP extended", ImageBytes.WebPExtended(5000, 3000), ImageFormat.WebP, 5000, 3000 },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Inspect_reads_format_and_displayed_size_from_the_header(string kind, byte[] bytes, ImageFormat format, int width, int height)
    {
        var inspection = ImageHeaderReader.Inspect(bytes);

        Assert.True(inspection.Problem == ImageProblem.None, kind);
        Assert.Equal((format, width, height), (inspection.Format!.Value, inspection.Width, inspection.Height));
    }

    public static TheoryData<string, byte[]> NotImages => new()
    {
        { "GIF", ImageBytes.Gif() },
        { "text", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray() },
        { "empty", [] },
        { "RIFF that is not WebP", [.. "RIFF"u8.ToArray(), 4, 0, 0, 0, .. "WAVE"u8.ToArray()] },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public void Inspect_refuses_bytes_that_are_not_png_jpeg_or_webp(string kind, byte[] bytes)
    {
        Assert.True(ImageHeaderReader.Inspect(bytes).Problem == ImageProblem.NotSupported, kind);
    }

    public static TheoryData<string, byte[]> CutShort => new()
    {
        { "PNG without IEND", ImageBytes.Png(100, 100)[..^12] },
        { "PNG header only", ImageBytes.Png(100, 100)[..20] },
        { "JPEG without EOI", ImageBytes.Jpeg(100, 100)[..^2] },
        { "JPEG cut inside a segment", ImageBytes.Jpeg(100, 100, orientation: 1)[..20] },
        { "JPEG of zero height", ImageBytes.Jpeg(100, 0) },
        { "WebP shorter than its RIFF size", ImageBytes.WebPLossy(100, 100)[..^1] },
    };

    [Theory]
    [MemberData(nameof(CutShort))]
    public void Inspect_reports_a_file_cut_short_as_damaged(string kind, byte[] bytes)
    {
        Assert.True(ImageHeaderReader.Inspect(bytes).Problem == ImageProblem.Damaged, kind);
    }

    public static TheoryData<string, byte[]> Bombs => new()
    {
        { "PNG", ImageBytes.Png(100_000, 100_000) },
        { "PNG with a width beyond int", ImageBytes.Png(uint.MaxValue, 1) },
        { "JPEG", ImageBytes.Jpeg(65_000, 65_000) },
        { "WebP", ImageBytes.WebPExtended(16_000_000, 16_000_000) },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Inspect_refuses_a_declared_size_beyond_the_pixel_limit(string kind, byte[] bytes)
    {
        Assert.True(ImageHeaderReader.Inspect(bytes).Problem == ImageProblem.TooLarge, kind);
    }
}
