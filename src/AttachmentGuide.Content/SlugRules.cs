using System.Text.RegularExpressions;
using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content;

/// <summary>What may be an article's web address (its slug), and where an article's slug comes from.</summary>
internal static partial class SlugRules
{
    /// <summary>True when <paramref name="slug"/> is lowercase letters and digits joined by single hyphens.</summary>
    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>
    /// The slug from <c>slug:</c>, else from the file name; null, with an error, when it cannot be an address.
    /// Resolved even when the front matter is broken, so the loader knows which address the file claims.
    /// </summary>
    public static string? Resolve(string path, FrontMatter? frontMatter, DiagnosticBag diagnostics)
    {
        var fromFile = Path.GetFileNameWithoutExtension(path);
        var slug = frontMatter?.Slug ?? fromFile;
        if (IsValid(slug))
        {
            return slug;
        }

        var (line, column) = frontMatter?.Slug is null ? ((int?)null, (int?)null) : frontMatter.SlugPosition;
        diagnostics.Error(
            DiagnosticCodes.InvalidSlug, line, column,
            frontMatter?.Slug is null
                ? $"the file name '{fromFile}' cannot be a web address (slug)"
                : $"the slug '{slug}' cannot be a web address",
            "Use lowercase letters, digits and single hyphens only, e.g. 'slug: coping-with-anxiety' (or rename the file)");
        return null;
    }

    /// <summary>
    /// <paramref name="text"/> in slug form: lowercase ASCII letters and digits (accents dropped), every other run
    /// of characters one hyphen; empty when nothing in it can be part of an address.
    /// </summary>
    public static string ToSlug(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
