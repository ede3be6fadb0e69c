using System.Security.Cryptography;

namespace AttachmentGuide.Content.Images;

/// <summary>Reads the images folder for <see cref="ContentLoader"/>: each file's format, size and hash, never its pixels.</summary>
internal static class ImageFolderReader
{
    /// <param name="folder">The images folder.</param>
    /// <param name="previous">
    /// The last snapshot's images: a file whose full path, length and last write time are unchanged keeps what was
    /// read from it then, so a reload (each save of any article) does not re-read and re-hash every photo.
    /// </param>
    public static ImageCatalog Read(string folder, ImageCatalog? previous = null)
    {
        if (!Directory.Exists(folder))
        {
            return ImageCatalog.Empty;
        }

        // Files directly in the folder; hidden ones (.gitkeep, .DS_Store) are the tools', not the staff's.
        var images = Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Select(path => ReadOne(path, previous))
            .OfType<ContentImage>();
        return new ImageCatalog(images);
    }

    private static ContentImage? ReadOne(string path, ImageCatalog? previous)
    {
        var name = Path.GetFileName(path);
        try
        {
            var file = new FileInfo(path);
            var (length, written) = (file.Length, file.LastWriteTimeUtc);
            if (previous is not null && previous.TryGet(name, out var known) && known.IsUnchanged(path, length, written))
            {
                return known;
            }

            if (length > ImageLimits.MaxFileBytes)
            {
                return new ContentImage(name, path, ImageInspection.Fail(null, ImageProblem.TooLarge), string.Empty) { Length = length, LastWriteTimeUtc = written };
            }

            var bytes = File.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
            // The length read, not the one listed: a file rewritten in between is not mistaken for the listed one.
            return new ContentImage(name, path, ImageHeaderReader.Inspect(bytes), hash) { Length = bytes.LongLength, LastWriteTimeUtc = written };
        }
        catch (IOException)
        {
            // Removed or locked while being read: the reference reports it missing, and the next reload sees it.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
