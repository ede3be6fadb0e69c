namespace AttachmentGuide.Content.Images;

/// <summary>Reads the file name out of an image address an article wrote, if it is one of the images folder's files.</summary>
internal static class ImageReference
{
    /// <summary>
    /// The name in <c>/images/NAME</c> (percent-escapes decoded, any <c>?query</c> or <c>#part</c> dropped), or null
    /// for an address anywhere else: another folder, <c>../</c>, a subfolder, an absolute path or a scheme.
    /// </summary>
    public static string? NameIn(string? url)
    {
        if (string.IsNullOrEmpty(url) || !url.StartsWith(ImageAddresses.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = url[ImageAddresses.Prefix.Length..];
        var end = rest.IndexOfAny(['?', '#']);
        var name = Uri.UnescapeDataString(end < 0 ? rest : rest[..end]);

        // Decoded, so "%2e%2e%2f" is seen as the "../" it is.
        var inFolder = name.Length > 0 && name is not "." and not ".."
            && name.IndexOfAny(['/', '\\']) < 0 && !name.Any(char.IsControl);
        return inFolder ? name : null;
    }
}
