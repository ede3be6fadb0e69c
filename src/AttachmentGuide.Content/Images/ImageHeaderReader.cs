using System.Buffers.Binary;

namespace AttachmentGuide.Content.Images;

/// <summary>
/// Reads an image's format and size from its header bytes without decoding it (PNG IHDR, JPEG SOFn,
/// WebP VP8/VP8L/VP8X), and checks that the file is not cut short. Pure: the bytes are given.
/// </summary>
public static class ImageHeaderReader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Inspects the whole file's <paramref name="bytes"/>.</summary>
    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return Png(bytes);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return Jpeg(bytes);
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(bytes);
        }

        return ImageInspection.Fail(null, ImageProblem.NotSupported);
    }

    private static ImageInspection Png(ReadOnlySpan<byte> bytes)
    {
        // Signature, then the IHDR chunk (length, type, width, height), and the file ends with IEND and its CRC.
        if (bytes.Length < 8 + 8 + 13 + 4 + 12 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8) || !bytes[^8..^4].SequenceEqual("IEND"u8))
        {
            return ImageInspection.Fail(ImageFormat.Png, ImageProblem.Damaged);
        }

        return Sized(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]));
    }

    private static ImageInspection Jpeg(ReadOnlySpan<byte> bytes)
    {
        var orientation = 1;
        var position = 2;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return ImageInspection.Fail(ImageFormat.Jpeg, ImageProblem.Damaged);
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
            if (length < 2 || position + 2 + length > bytes.Length)
            {
                return ImageInspection.Fail(ImageFormat.Jpeg, ImageProblem.Damaged);
            }

            var segment = bytes.Slice(position + 4, length - 2);
            if (marker == 0xE1)
            {
                orientation = ExifOrientation(segment) ?? orientation;
            }
            else if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (segment.Length < 5 || !EndsWithEndOfImage(bytes))
                {
                    return ImageInspection.Fail(ImageFormat.Jpeg, ImageProblem.Damaged);
                }

                uint height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                uint width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);

                // Orientations 5 to 8 turn the picture a quarter: it is shown with width and height swapped.
                return orientation >= 5 ? Sized(ImageFormat.Jpeg, height, width) : Sized(ImageFormat.Jpeg, width, height);
            }
            else if (marker is 0xDA or 0xD9)
            {
                break; // image data before any frame header
            }

            position += 2 + length;
        }

        return ImageInspection.Fail(ImageFormat.Jpeg, ImageProblem.Damaged);
    }

    // A camera or editor may pad the end with zero bytes; the last marker must still be EOI (FF D9).
    private static bool EndsWithEndOfImage(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.TrimEnd((byte)0);
        return end.Length >= 2 && end[^2] == 0xFF && end[^1] == 0xD9;
    }

    /// <summary>The EXIF orientation tag (0x0112) from an APP1 segment's IFD0, or null when there is none.</summary>
    private static int? ExifOrientation(ReadOnlySpan<byte> segment)
    {
        if (segment.Length < 14 || !segment[..6].SequenceEqual("Exif\0\0"u8))
        {
            return null;
        }

        var tiff = segment[6..];
        bool little;
        if (tiff[0] == (byte)'I' && tiff[1] == (byte)'I')
        {
            little = true;
        }
        else if (tiff[0] == (byte)'M' && tiff[1] == (byte)'M')
        {
            little = false;
        }
        else
        {
            return null;
        }

        var ifd = ReadUInt32(tiff[4..], little);
        if (ifd > (uint)tiff.Length - 2)
        {
            return null;
        }

        var count = ReadUInt16(tiff[(int)ifd..], little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            if (ReadUInt16(tiff[entry..], little) == 0x0112)
            {
                var value = ReadUInt16(tiff[(entry + 8)..], little);
                return value is >= 1 and <= 8 ? value : null;
            }
        }

        return null;
    }

    private static ImageInspection WebP(ReadOnlySpan<byte> bytes)
    {
        // The RIFF size counts every byte after its own field: a shorter file was cut short.
        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
        if (bytes.Length < 30 || riffSize + 8L > bytes.Length)
        {
            return ImageInspection.Fail(ImageFormat.WebP, ImageProblem.Damaged);
        }

        var chunk = bytes.Slice(12, 4);
        var data = bytes[20..];
        if (chunk.SequenceEqual("VP8 "u8) && data[3] == 0x9D && data[4] == 0x01 && data[5] == 0x2A)
        {
            return Sized(
                ImageFormat.WebP,
                BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFFu,
                BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFFu);
        }

        if (chunk.SequenceEqual("VP8L"u8) && data[0] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            return Sized(ImageFormat.WebP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = data[4] | (data[5] << 8) | (data[6] << 16);
            var height = data[7] | (data[8] << 8) | (data[9] << 16);
            return Sized(ImageFormat.WebP, (uint)width + 1, (uint)height + 1);
        }

        return ImageInspection.Fail(ImageFormat.WebP, ImageProblem.Damaged);
    }

    private static ImageInspection Sized(ImageFormat format, uint width, uint height)
    {
        if (width == 0 || height == 0)
        {
            return ImageInspection.Fail(format, ImageProblem.Damaged);
        }

        return (ulong)width * height > ImageLimits.MaxPixels
            ? ImageInspection.Fail(format, ImageProblem.TooLarge)
            : new ImageInspection(format, (int)width, (int)height, ImageProblem.None);
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, bool little) =>
        bytes.Length < 2 ? (ushort)0 : little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool little) =>
        bytes.Length < 4 ? uint.MaxValue : little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
}
