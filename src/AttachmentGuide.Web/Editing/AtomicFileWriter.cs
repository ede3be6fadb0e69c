using System.Runtime.InteropServices;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Replaces a file so that a reader, a crash or a <c>kill -9</c> at any moment sees either the whole old file or the
/// whole new one, never a truncated or empty one: the bytes go to a hidden temporary file in the same folder, are
/// flushed to disk, the file is renamed over the old one (atomic within one file system), and the folder itself is
/// flushed so the rename survives a power cut.
/// </summary>
public static partial class AtomicFileWriter
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; on any failure the old file is left as it was.</summary>
    /// <exception cref="IOException">The folder is full, read-only or gone; the old file is intact.</exception>
    /// <exception cref="UnauthorizedAccessException">The process may not write in the folder; the old file is intact.</exception>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? throw new ArgumentException("The path names no folder.", nameof(path));
        // Hidden and not ending in .md, so the content loader and the stray-file check both pass it by.
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        FlushFolder(folder);
    }

    /// <summary>Removes a file and flushes its folder, so a deletion is as durable as a write.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            FlushFolder(folder);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Hidden and ignored by the site; the write's own error is the one worth reporting.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// .NET will not open a folder as a file, so the folder is flushed through the C library on Linux and macOS.
    /// Windows has no such call (NTFS journals renames), so there it is a no-op.
    /// </summary>
    private static void FlushFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(folder, ReadOnlyFlag);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open the folder '{folder}' to flush it (error {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (FileSync(descriptor) != 0)
            {
                throw new IOException($"Could not flush the folder '{folder}' to disk (error {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    private const int ReadOnlyFlag = 0;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
