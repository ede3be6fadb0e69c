using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Writes form values as YAML that the site's front matter reader reads back as the same text: plain when nothing in
/// the value could mean something else to YAML, double-quoted (with escapes) otherwise.
/// </summary>
public static partial class YamlScalars
{
    /// <summary><paramref name="value"/> as one YAML scalar, safe in a block mapping and in a flow list.</summary>
    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsPlainSafe(value) ? value : Quoted(value);
    }

    /// <summary>A flow list, <c>[grief, "sleep, rest"]</c>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Scalar)) + "]";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // YAML reads these plain words as null or a boolean; a title that is one of them must stay text.
    private static readonly HashSet<string> SpecialWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    private static bool IsPlainSafe(string value) =>
        value.Length > 0 && !SpecialWords.Contains(value) && PlainSafe().IsMatch(value) && !value.EndsWith(' ');

    private static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    // Starts with a letter or digit; holds nothing that starts a comment, a mapping, a flow collection or a quote.
    [GeneratedRegex(@"^[\p{L}\p{N}][^:#\[\]{},""\\\p{Cc}]*$")]
    private static partial Regex PlainSafe();
}
