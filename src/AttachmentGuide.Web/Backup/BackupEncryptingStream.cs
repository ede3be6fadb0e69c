using System.Security.Cryptography;

namespace AttachmentGuide.Web.Backup;

/// <summary>
/// A write-only stream that seals what is written to it into <paramref name="output"/> in the
/// <see cref="BackupFormat"/>. <see cref="Complete"/> writes the last chunk; a stream disposed without it leaves a
/// file that every reader refuses as cut off.
/// </summary>
public sealed class BackupEncryptingStream : Stream
{
    private readonly Stream _output;
    private readonly BackupFormat.Header _header;
    private readonly AesGcm _aes;
    private readonly byte[] _buffer;
    private readonly byte[] _sealed;
    private readonly byte[] _tag = new byte[BackupFormat.TagSize];
    private int _filled;
    private uint _chunkNumber;
    private bool _completed;

    public BackupEncryptingStream(Stream output, string passphrase, int iterations = BackupFormat.Iterations, int chunkSize = BackupFormat.ChunkSize)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _header = BackupFormat.NewHeader(iterations, chunkSize);
        var key = BackupFormat.DeriveKey(passphrase, _header);
        _aes = new AesGcm(key, BackupFormat.TagSize);
        CryptographicOperations.ZeroMemory(key);
        _buffer = new byte[chunkSize];
        _sealed = new byte[chunkSize];
        _output.Write(_header.Bytes);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_completed;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        while (buffer.Length > 0)
        {
            // A full buffer is sealed only when more follows, so the last chunk is always shorter than a full one.
            if (_filled == _buffer.Length)
            {
                Seal(last: false);
            }

            var take = Math.Min(buffer.Length, _buffer.Length - _filled);
            buffer[..take].CopyTo(_buffer.AsSpan(_filled));
            _filled += take;
            buffer = buffer[take..];
        }
    }

    /// <summary>Seals the last chunk (empty when the payload filled the one before) and flushes the output.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        if (_filled == _buffer.Length)
        {
            Seal(last: false);
        }

        Seal(last: true);
        _completed = true;
        _output.Flush();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
            CryptographicOperations.ZeroMemory(_buffer);
        }

        base.Dispose(disposing);
    }

    private void Seal(bool last)
    {
        var plain = _buffer.AsSpan(0, _filled);
        var cipher = _sealed.AsSpan(0, _filled);
        _aes.Encrypt(BackupFormat.Nonce(_header, _chunkNumber), plain, cipher, _tag, BackupFormat.AssociatedData(_header, last));
        _output.Write(cipher);
        _output.Write(_tag);
        _chunkNumber = checked(_chunkNumber + 1);
        _filled = 0;
    }
}
