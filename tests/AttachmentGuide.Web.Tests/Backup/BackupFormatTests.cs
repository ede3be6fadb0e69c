using System.Buffers.Binary;
using System.Security.Cryptography;
using AttachmentGuide.Web.Backup;

namespace AttachmentGuide.Web.Tests.Backup;

/// <summary>
/// The encrypted file format on its own: what goes in comes out, and any change to the file (a byte anywhere, a
/// cut, a swap of chunks, bytes added) or a wrong passphrase is refused. Small chunks and few iterations keep it
/// fast; the commands always write <see cref="BackupFormat.Iterations"/> (checked in <see cref="BackupCommandTests"/>).
/// </summary>
public sealed class BackupFormatTests
{
    private const string Passphrase = "seven quiet harbour lamps";
    private const int Iterations = 1_000;
    private const int Chunk = 256;

    private static byte[] Seal(byte[] plain, string passphrase = Passphrase)
    {
        using var output = new MemoryStream();
        using (var sealing = new BackupEncryptingStream(output, passphrase, Iterations, Chunk))
        {
            sealing.Write(plain);
            sealing.Complete();
        }

        return output.ToArray();
    }

    private static byte[] Open(byte[] file, string passphrase = Passphrase)
    {
        using var output = new MemoryStream();
        BackupDecryptor.Decrypt(new MemoryStream(file), output, passphrase);
        return output.ToArray();
    }

    private static byte[] Payload(int length) => RandomNumberGenerator.GetBytes(length);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk * 3)]
    [InlineData(Chunk * 3 + 17)]
    public void What_is_sealed_opens_to_the_same_bytes(int length)
    {
        var plain = Payload(length);
        Assert.Equal(plain, Open(Seal(plain)));
    }

    [Fact]
    public void The_same_payload_sealed_twice_gives_different_files()
    {
        var plain = Payload(100);
        Assert.NotEqual(Seal(plain), Seal(plain));
    }

    [Fact]
    public void A_wrong_passphrase_is_refused()
    {
        var file = Seal(Payload(1000));
        var error = Assert.Throws<BackupFormatException>(() => Open(file, "seven quiet harbour lampz"));
        Assert.Contains("passphrase is wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_single_changed_byte_is_refused()
    {
        var file = Seal(Payload(Chunk * 2 + 40));
        for (var position = 0; position < file.Length; position++)
        {
            var changed = (byte[])file.Clone();
            changed[position] ^= 0x01;
            Assert.Throws<BackupFormatException>(() => Open(changed));
        }
    }

    [Fact]
    public void A_file_cut_anywhere_is_refused_including_at_a_chunk_boundary()
    {
        var file = Seal(Payload(Chunk * 3));
        var record = Chunk + BackupFormat.TagSize;
        var boundaries = Enumerable.Range(1, 3).Select(n => BackupFormat.HeaderSize + (n * record));
        foreach (var length in new[] { 0, 5, BackupFormat.HeaderSize, BackupFormat.HeaderSize + 10 }.Concat(boundaries).Append(file.Length - 1))
        {
            Assert.True(length < file.Length);
            Assert.Throws<BackupFormatException>(() => Open(file[..length]));
        }
    }

    [Fact]
    public void Swapped_chunks_and_added_bytes_are_refused()
    {
        var file = Seal(Payload(Chunk * 3));
        var record = Chunk + BackupFormat.TagSize;
        var swapped = (byte[])file.Clone();
        file.AsSpan(BackupFormat.HeaderSize, record).CopyTo(swapped.AsSpan(BackupFormat.HeaderSize + record));
        file.AsSpan(BackupFormat.HeaderSize + record, record).CopyTo(swapped.AsSpan(BackupFormat.HeaderSize));

        Assert.Throws<BackupFormatException>(() => Open(swapped));
        Assert.Throws<BackupFormatException>(() => Open([.. file, 0]));
        Assert.Throws<BackupFormatException>(() => Open([.. file, .. file[BackupFormat.HeaderSize..]]));
    }

    [Fact]
    public void A_header_asking_for_an_absurd_number_of_iterations_is_refused_before_any_key_is_derived()
    {
        var file = Seal(Payload(10));
        BinaryPrimitives.WriteInt32BigEndian(file.AsSpan(9), int.MaxValue);
        var error = Assert.Throws<BackupFormatException>(() => Open(file));
        Assert.Contains("header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_key_derivation_is_pbkdf2_with_at_least_600000_iterations()
    {
        Assert.True(BackupFormat.Iterations >= 600_000);
        using var output = new MemoryStream();
        using (var sealing = new BackupEncryptingStream(output, Passphrase))
        {
            sealing.Complete();
        }

        Assert.Equal(BackupFormat.Iterations, BackupFormat.Parse(output.ToArray()[..BackupFormat.HeaderSize]).Iterations);
    }
}
