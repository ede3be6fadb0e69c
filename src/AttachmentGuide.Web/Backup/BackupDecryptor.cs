using System.Security.Cryptography;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// Opens a <see cref="BackupFormat"/> file. Plaintext is written as each chunk passes its tag, so the output is
/// only to be trusted once <see cref="Decrypt"/> has returned: callers write it somewhere private and temporary.
/// </summary>
public static class BackupDecryptor
{
    public static void Decrypt(Stream input, Stream output, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var headerBytes = new byte[BackupFormat.HeaderSize];
        if (input.ReadAtLeast(headerBytes, headerBytes.Length, throwOnEndOfStream: false) < headerBytes.Length)
        {
            throw new BackupFormatException("the backup file is too short to be a backup (cut off?)");
        }

        var header = BackupFormat.Parse(headerBytes);
        var key = BackupFormat.DeriveKey(passphrase, header);
        using var aes = new AesGcm(key, BackupFormat.TagSize);
        CryptographicOperations.ZeroMemory(key);
        var record = new byte[header.ChunkSize + BackupFormat.TagSize];
        var plain = new byte[header.ChunkSize];
        for (uint chunkNumber = 0; ; chunkNumber = checked(chunkNumber + 1))
        {
            var read = input.ReadAtLeast(record, record.Length, throwOnEndOfStream: false);
            if (read < BackupFormat.TagSize)
            {
                throw new BackupFormatException("the backup file is cut off: its last part is missing");
            }

            // A full record is never the last one (the writer always ends with a shorter chunk).
            var last = read < record.Length;
            var length = read - BackupFormat.TagSize;
            try
            {
                aes.Decrypt(
                    BackupFormat.Nonce(header, chunkNumber),
                    record.AsSpan(0, length),
                    record.AsSpan(length, BackupFormat.TagSize),
                    plain.AsSpan(0, length),
                    BackupFormat.AssociatedData(header, last));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw new BackupFormatException(chunkNumber == 0
                    ? "the passphrase is wrong, or the backup file was changed"
                    : "the backup file was changed or is damaged (a part failed its check)");
            }

            output.Write(plain, 0, length);
            if (last)
            {
                CryptographicOperations.ZeroMemory(plain);
                return;
            }
        }
    }
}
