namespace AttachmentGuide.Content.Images;

/// <summary>The parts of one served image address: <c>/images/STEM.HASH.WIDTH.EXT</c>.</summary>
/// <param name="Stem">The file name without extension.</param>
/// <param name="Hash">The content hash.</param>
/// <param name="Width">The width served, in pixels.</param>
/// <param name="Format">The format served.</param>
public sealed record ImageAddress(string Stem, string Hash, int Width, ImageFormat Format)
{
    internal string Key => ImageAddresses.Key(Stem, Hash, Format);
}
