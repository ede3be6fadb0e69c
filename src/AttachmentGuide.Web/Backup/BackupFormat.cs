using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// The encrypted backup file: a header, then the payload in fixed-size chunks, each sealed with AES-256-GCM (the
/// STREAM construction). The header is associated data of every chunk and each chunk's nonce carries its number,
/// so a changed header byte, a reordered, dropped or changed chunk all fail a tag check. Each chunk's associated
/// data also says whether it is the last one, so a file cut off at a chunk boundary is refused as well.
/// </summary>
public static class BackupFormat
{
    public const int Version = 1;

    /// <summary>OWASP's 2023 advice for PBKDF2-HMAC-SHA256.</summary>
    public const int Iterations = 600_000;

    /// <summary>A header asking for more would make opening a forged file a denial of service.</summary>
    public const int MaxIterations = 10_000_000;

    public const int ChunkSize = 64 * 1024;
    public const int MaxChunkSize = 1024 * 1024;
    public const int SaltSize = 16;
    public const int NoncePrefixSize = 8;
    public const int TagSize = 16;
    public const int KeySize = 32;

    /// <summary>Magic (8), version (1), iterations (4), chunk size (4), salt (16), nonce prefix (8).</summary>
    public const int HeaderSize = 8 + 1 + 4 + 4 + SaltSize + NoncePrefixSize;

    private static readonly byte[] Magic = "AGBACKUP"u8.ToArray();

    public sealed record Header(int Iterations, int ChunkSize, byte[] Salt, byte[] NoncePrefix, byte[] Bytes);

    public static Header NewHeader(int iterations, int chunkSize = ChunkSize)
    {
        var bytes = new byte[HeaderSize];
        Magic.CopyTo(bytes, 0);
        bytes[8] = Version;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(9), iterations);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(13), chunkSize);
        RandomNumberGenerator.Fill(bytes.AsSpan(17, SaltSize + NoncePrefixSize));
        return Parse(bytes);
    }

    /// <summary>The header's fields; a file that is not a backup of this version is refused before any key is derived.</summary>
    public static Header Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < HeaderSize || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new BackupFormatException("this is not a backup file made by this site (its first bytes are wrong)");
        }

        if (bytes[8] != Version)
        {
            throw new BackupFormatException($"the backup file has format version {bytes[8]}; this site reads version {Version}");
        }

        var iterations = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(9));
        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(13));
        if (iterations is < 1 or > MaxIterations || chunkSize is < 1 or > MaxChunkSize)
        {
            throw new BackupFormatException("the backup file's header is damaged");
        }

        return new Header(iterations, chunkSize, bytes[17..(17 + SaltSize)], bytes[(17 + SaltSize)..HeaderSize], bytes[..HeaderSize]);
    }

    public static byte[] DeriveKey(string passphrase, Header header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), header.Salt, header.Iterations, HashAlgorithmName.SHA256, KeySize);
    }

    public static byte[] Nonce(Header header, uint chunkNumber)
    {
        ArgumentNullException.ThrowIfNull(header);
        var nonce = new byte[NoncePrefixSize + 4];
        header.NoncePrefix.CopyTo(nonce, 0);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(NoncePrefixSize), chunkNumber);
        return nonce;
    }

    /// <summary>The header followed by one byte: 1 for the last chunk, 0 for every other.</summary>
    public static byte[] AssociatedData(Header header, bool last)
    {
        ArgumentNullException.ThrowIfNull(header);
        var data = new byte[header.Bytes.Length + 1];
        header.Bytes.CopyTo(data, 0);
        data[^1] = last ? (byte)1 : (byte)0;
        return data;
    }
}
