using System.Text;
using System.Text.RegularExpressions;

namespace AttachmentGuide.Content.Rendering;

/// <summary>Decides which link and image addresses may be rendered live.</summary>
public static partial class UrlSafety
{
    private static readonly HashSet<string> LinkSchemes = new(StringComparer.Ordinal) { "http", "https", "mailto", "tel" };

    /// <summary>True for http, https, mailto, tel and relative addresses.</summary>
    public static bool IsSafeLink(string? url)
    {
        var scheme = SchemeOf(url);
        return scheme is null || LinkSchemes.Contains(scheme);
    }

    /// <summary>The lowercase scheme of an address, or null for a relative one.</summary>
    public static string? SchemeOf(string? url)
    {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"),
        // so they must be removed before the scheme is read.
        var match = SchemePattern().Match(Clean(url));
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static string Clean(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        // Almost every address has nothing to remove: it is read as it is, not copied (a parse reads each one twice).
        var clean = true;
        foreach (var c in url)
        {
            clean &= !char.IsWhiteSpace(c) && !char.IsControl(c);
        }

        if (clean)
        {
            return url;
        }

        var builder = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
