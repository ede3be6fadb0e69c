using System.Buffers.Binary;

namespace AttachmentGuide.Content.Tests.Images;

/// <summary>The smallest byte layouts the header reader must understand; pixels are never decoded, so none are real.</summary>
internal static class ImageBytes
{
    public static byte[] Png(uint width, uint height)
    {
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        bytes.AddRange(BigEndian32(13));
        bytes.AddRange("IHDR"u8.ToArray());
        bytes.AddRange(BigEndian32(width));
        bytes.AddRange(BigEndian32(height));
        bytes.AddRange([8, 2, 0, 0, 0, 0, 0, 0, 0]);
        bytes.AddRange([0, 0, 0, 0, .. "IEND"u8.ToArray(), 0xAE, 0x42, 0x60, 0x82]);
        return [.. bytes];
    }

    public static byte[] Jpeg(ushort width, ushort height, ushort? orientation = null)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        if (orientation is { } value)
        {
            // APP1: "Exif\0\0", a little-endian TIFF header, IFD0 with one entry: Orientation (0x0112), SHORT, 1, value.
            byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)value, 0, 0, 0, 0, 0, 0, 0];
            byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff];
            bytes.AddRange([0xFF, 0xE1, .. BigEndian16((ushort)(payload.Length + 2)), .. payload]);
        }

        bytes.AddRange([0xFF, 0xC0, 0, 17, 8, .. BigEndian16(height), .. BigEndian16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.AddRange([0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0, 0x12, 0x34, 0xFF, 0xD9]);
        return [.. bytes];
    }

    public static byte[] WebPLossy(ushort width, ushort height) =>
        Riff("VP8 ", [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, .. LittleEndian16(width), .. LittleEndian16(height), 0, 0]);

    public static byte[] WebPLossless(uint width, uint height)
    {
        var bits = (width - 1) | ((height - 1) << 14);
        return Riff("VP8L", [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0]);
    }

    public static byte[] WebPExtended(uint width, uint height) =>
        Riff("VP8X", [0, 0, 0, 0, (byte)(width - 1), (byte)((width - 1) >> 8), (byte)((width - 1) >> 16), (byte)(height - 1), (byte)((height - 1) >> 8), (byte)((height - 1) >> 16)]);

    public static byte[] Gif() => [.. "GIF89a"u8.ToArray(), 1, 0, 1, 0, 0, 0, 0, 0x3B];

    private static byte[] Riff(string chunk, byte[] data)
    {
        byte[] body = [.. "WEBP"u8.ToArray(), .. System.Text.Encoding.ASCII.GetBytes(chunk), .. LittleEndian32((uint)data.Length), .. data];
        return [.. "RIFF"u8.ToArray(), .. LittleEndian32((uint)body.Length), .. body];
    }

    private static byte[] BigEndian32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian16(ushort value) => [(byte)(value >> 8), (byte)value];

    private static byte[] LittleEndian16(ushort value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] LittleEndian32(uint value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)];
}
