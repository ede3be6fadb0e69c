using System.Buffers;
using System.Text;

namespace AttachmentGuide.Content;

/// <summary>
/// Rendered HTML kept as UTF-8 bytes: about half the memory of a string for the mostly-ASCII text of articles, which
/// is most of what a snapshot holds, and already the encoding the page is sent in.
/// </summary>
public sealed class Utf8Html
{
    private readonly byte[] _bytes;

    private Utf8Html(byte[] bytes) => _bytes = bytes;

    public static Utf8Html Empty { get; } = new([]);

    /// <summary>The HTML, UTF-8 encoded, no byte-order mark.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    public static Utf8Html From(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Length == 0 ? Empty : new Utf8Html(Encoding.UTF8.GetBytes(html));
    }

    /// <summary>Encodes what a renderer wrote, without first making a string of it.</summary>
    public static Utf8Html From(StringBuilder html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return Empty;
        }

        // A reused builder ends up as one chunk: encode it where it is, with no copy to make it contiguous.
        var chunks = html.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == html.Length)
        {
            var only = chunks.Current.Span;
            var encoded = new byte[Encoding.UTF8.GetByteCount(only)];
            Encoding.UTF8.GetBytes(only, encoded);
            return new Utf8Html(encoded);
        }

        var chars = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var text = chars.AsSpan(0, html.Length);
            html.CopyTo(0, text, html.Length);
            var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, bytes);
            return new Utf8Html(bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The HTML as a string, decoded on every call: for tests and tools. Pages write <see cref="Bytes"/>.</summary>
    public override string ToString() => Encoding.UTF8.GetString(_bytes);
}
