using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace AttachmentGuide.Web.Tests.Images;

/// <summary>Real, decodable photos made for a test, and the metadata a phone camera would add to them.</summary>
internal static class TestPhotos
{
    public const string CameraMaker = "TestCameraMaker";

    /// <summary>A JPEG of a sky over a lake, <paramref name="width"/> by <paramref name="height"/>.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [new SKColor(0x9f, 0xc5, 0xe8), new SKColor(0x2e, 0x5e, 0x7e)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }

        using (var hill = new SKPaint { Color = new SKColor(0x3d, 0x5a, 0x3a), IsAntialias = true })
        {
            canvas.DrawOval(width * 0.3f, height * 0.8f, width * 0.5f, height * 0.25f, hill);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    /// <summary>
    /// <paramref name="jpeg"/> with an APP1 Exif segment straight after SOI: the camera's make, an orientation
    /// and a GPS position (51° 30′ N), as a phone writes them.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, ushort orientation = 1)
    {
        // TIFF, little-endian. IFD0 at 8: Make (ASCII, at 0x100), Orientation (SHORT), GPS IFD pointer (LONG, to 0x60).
        var tiff = new byte[0x140];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 3);
        var maker = Encoding.ASCII.GetBytes(CameraMaker + "\0");
        Entry(tiff, 10, 0x010F, 2, (uint)maker.Length, 0x100);
        maker.CopyTo(tiff, 0x100);
        Entry(tiff, 22, 0x0112, 3, 1, orientation);
        Entry(tiff, 34, 0x8825, 4, 1, 0x60);

        // GPS IFD at 0x60: GPSLatitudeRef "N", GPSLatitude 51/1 30/1 0/1 (RATIONALs at 0x90).
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(0x60), 2);
        Entry(tiff, 0x62, 0x0001, 2, 2, 'N');
        Entry(tiff, 0x6E, 0x0002, 5, 3, 0x90);
        uint[] rationals = [51, 1, 30, 1, 0, 1];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(0x90 + (i * 4)), rationals[i]);
        }

        byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        var length = (ushort)(payload.Length + 2);
        return [jpeg[0], jpeg[1], 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg[2..]];
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
    }

    /// <summary>True when the JPEG's header segments (before the image data) include an APP1 segment: Exif or XMP.</summary>
    public static bool HasApp1(byte[] jpeg)
    {
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            if (marker == 0xE1)
            {
                return true;
            }

            if (marker == 0xDA)
            {
                return false;
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
        }

        return false;
    }
}
