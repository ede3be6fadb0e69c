using AttachmentGuide.Web.Editing;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>The editor's disk, failing while <see cref="Fault"/> is set the way a full or read-only one does, and real otherwise.</summary>
public sealed class FailingDisk : ContentFileWriter
{
    /// <summary>What every write and delete throws while set.</summary>
    public Exception? Fault { get; set; }

    /// <summary>What .NET throws on Linux when the disk is full: the C library's ENOSPC (28) as the HResult.</summary>
    public static IOException Full(string path) => new($"No space left on device : '{path}'", 28);

    public override Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        Fault is { } fault ? Task.FromException(fault) : base.WriteAsync(path, bytes, cancellationToken);

    public override void Delete(string path)
    {
        if (Fault is { } fault)
        {
            throw fault;
        }

        base.Delete(path);
    }
}
