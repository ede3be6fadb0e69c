using System.Text;
using System.Text.RegularExpressions;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Reads an address's scheme the way a browser does: whitespace and control characters inside it are ignored.</summary>
public static partial class UrlCheck
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    public static bool IsSafe(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var cleaned = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c > ' ' && !char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                cleaned.Append(c);
            }
        }

        var match = SchemePattern().Match(cleaned.ToString());
        return !match.Success || SafeSchemes.Contains(match.Groups[1].Value);
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
