using System.Collections.Frozen;

namespace AttachmentGuide.Content.Images;

/// <summary>The images folder of one content snapshot: every file by its name and by its served address.</summary>
public sealed class ImageCatalog
{
    private readonly FrozenDictionary<string, ContentImage> _byName;
    private readonly FrozenDictionary<string, ContentImage> _byAddressKey;

    /// <summary>Indexes <paramref name="images"/> (names compare exactly, as the server's file system does).</summary>
    public ImageCatalog(IEnumerable<ContentImage> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        All = images.OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        _byName = All.ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);
        _byAddressKey = All.Where(i => i.IsUsable)
            .DistinctBy(ImageAddresses.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(ImageAddresses.Key, StringComparer.Ordinal);
    }

    /// <summary>A snapshot without images.</summary>
    public static ImageCatalog Empty { get; } = new([]);

    /// <summary>Every file, by name.</summary>
    public IReadOnlyList<ContentImage> All { get; }

    /// <summary>Finds a file by the name an article uses.</summary>
    public bool TryGet(string name, out ContentImage image) => _byName.TryGetValue(name, out image!);

    /// <summary>Finds a usable image by the parts of a served address (see <see cref="ImageAddresses.TryParse"/>).</summary>
    public bool TryGetServed(ImageAddress address, out ContentImage image)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _byAddressKey.TryGetValue(address.Key, out image!);
    }

    /// <summary>A file whose name differs only in capitals, the usual slip ("Lake.JPG" for "lake.jpg").</summary>
    public string? SimilarName(string name) =>
        All.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))?.Name;
}
