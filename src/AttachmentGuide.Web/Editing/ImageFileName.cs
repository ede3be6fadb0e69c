using System.Globalization;
using System.Text;
using AttachmentGuide.Content.Images;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// The name an uploaded picture is saved under in <c>content/images/</c>: lower-case letters, digits and hyphens, and
/// the extension of the format its bytes are (never the one its name claims). A name staff type that tries to be a
/// path (<c>../site.yml</c>, <c>/etc/x</c>, <c>.hidden</c>) is refused, not quietly mended; the name a browser sends
/// with the file is only ever a suggestion, so it is reduced to a safe one.
/// </summary>
public static class ImageFileName
{
    /// <summary>Long enough for any description-like name; the served address adds a hash and a width.</summary>
    public const int MaxStemLength = 80;

    /// <summary>The name used when a file's own name has no letter or digit at all.</summary>
    public const string Fallback = "picture";

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic"];

    /// <summary>Reads a name staff typed: its stem, or why it cannot be used.</summary>
    public static bool TryFromTyped(string typed, out string stem, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(typed);
        stem = string.Empty;
        if (typed.Contains('/', StringComparison.Ordinal) || typed.Contains('\\', StringComparison.Ordinal)
            || typed.Contains("..", StringComparison.Ordinal) || typed.StartsWith('.') || typed.Contains(':', StringComparison.Ordinal))
        {
            problem = "A file name cannot hold / \\ or : or start with a dot. Give just a name, such as calm-lake";
            return false;
        }

        stem = Slugify(WithoutImageExtension(typed));
        problem = stem.Length == 0 ? "Use letters or digits in the file name, such as calm-lake" : null;
        return problem is null;
    }

    /// <summary>A safe stem from the name the browser sent with the file (only its last part, whatever it holds).</summary>
    public static string FromUpload(string? uploadName)
    {
        var last = (uploadName ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var stem = Slugify(WithoutImageExtension(last));
        return stem.Length == 0 ? Fallback : stem;
    }

    /// <summary>The file name for <paramref name="stem"/> in <paramref name="format"/>.</summary>
    public static string Of(string stem, ImageFormat format) => stem + "." + ImageAddresses.Extension(format);

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents dropped (Café → cafe).</summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(Math.Min(text.Length, MaxStemLength));
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxStemLength)
            {
                break;
            }
        }

        return slug.ToString().Trim('-');
    }

    private static string WithoutImageExtension(string name)
    {
        var trimmed = name.Trim();
        var extension = Path.GetExtension(trimmed);
        return ImageExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? trimmed[..^extension.Length] : trimmed;
    }
}
