namespace AttachmentGuide.Web.Editing;

/// <summary>
/// How the editor puts content files on disk: <see cref="AtomicFileWriter"/>, behind a service so a test can stand
/// in a disk that fails the way a full or read-only one does (which a test cannot make of a real disk cheaply).
/// </summary>
public class ContentFileWriter
{
    /// <inheritdoc cref="AtomicFileWriter.WriteAsync"/>
    public virtual Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        AtomicFileWriter.WriteAsync(path, bytes, cancellationToken);

    /// <inheritdoc cref="AtomicFileWriter.Delete"/>
    public virtual void Delete(string path) => AtomicFileWriter.Delete(path);
}
