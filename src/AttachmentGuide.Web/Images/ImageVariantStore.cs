using System.Collections.Concurrent;
using System.Globalization;
using AttachmentGuide.Content.Images;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Images;

/// <summary>
/// The served sizes of each image, made on first request and kept on disk under <see cref="ImageOptions.CachePath"/>,
/// so each is made once, not once per restart. Files are named by the image's hash, so a changed image
/// never meets an old size. One image is resized at a time: the site's small machine serves pages meanwhile.
/// </summary>
public sealed partial class ImageVariantStore : IDisposable
{
    // Bump when the resizing changes, so sizes made the old way are made again.
    private const string Generation = "v1";

    private readonly string _folder;
    private readonly int _quality;
    private readonly ILogger<ImageVariantStore> _logger;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _failed = new(StringComparer.Ordinal);

    public ImageVariantStore(IOptions<ImageOptions> options, ILogger<ImageVariantStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _folder = Path.Combine(Path.GetFullPath(options.Value.CachePath), Generation);
        _quality = options.Value.Quality;
        _logger = logger;
    }

    /// <summary>The file holding <paramref name="image"/> at <paramref name="width"/>, made now if need be; null if it cannot be made.</summary>
    public async Task<string?> GetAsync(ContentImage image, int width, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var format = image.Inspection.Format!.Value;
        var path = Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"{image.Hash}.{width}.{ImageAddresses.Extension(format)}"));
        if (File.Exists(path))
        {
            return path;
        }

        if (_failed.ContainsKey(path))
        {
            return null;
        }

        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }

            var source = await File.ReadAllBytesAsync(image.FilePath, cancellationToken).ConfigureAwait(false);

            // The file may have changed since the snapshot was taken; its hash no longer names these bytes.
            if (!Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(source)).StartsWith(image.Hash, StringComparison.Ordinal))
            {
                return null;
            }

            var encoded = ImageResizer.Resize(source, format, width, ImageAddresses.HeightAt(image, width), _quality);
            if (encoded is null)
            {
                _failed[path] = true;
                LogCannotResize(image.Name, width);
                return null;
            }

            // Written beside and moved in, so a reader never sees half a file.
            Directory.CreateDirectory(_folder);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, encoded, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        catch (IOException ex)
        {
            LogCannotRead(image.Name, ex.GetType().Name);
            return null;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image {ImageName} cannot be decoded at width {Width}; it is not served")]
    private partial void LogCannotResize(string imageName, int width);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image {ImageName} could not be read or its size written ({ErrorKind})")]
    private partial void LogCannotRead(string imageName, string errorKind);
}
