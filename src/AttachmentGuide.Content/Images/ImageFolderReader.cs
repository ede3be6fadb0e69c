using System.Security.Cryptography;

namespace AttachmentGuide.Content.Images;

/// <summary>Reads the images folder for <see cref="ContentLoader"/>: each file's format, size and hash, never its pixels.</summary>
internal static class ImageFolderReader
{
    public static ImageCatalog Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return ImageCatalog.Empty;
        }

        // Files directly in the folder; hidden ones (.gitkeep, .DS_Store) are the tools', not the staff's.
        var images = Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Select(ReadOne)
            .OfType<ContentImage>();
        return new ImageCatalog(images);
    }

    private static ContentImage? ReadOne(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            if (new FileInfo(path).Length > ImageLimits.MaxFileBytes)
            {
                return new ContentImage(name, path, ImageInspection.Fail(null, ImageProblem.TooLarge), string.Empty);
            }

            var bytes = File.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
            return new ContentImage(name, path, ImageHeaderReader.Inspect(bytes), hash);
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
