using System.Globalization;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// What the edit form's fields must hold before a file is composed from them, each problem named for its field so the
/// page can show it beside that field (the rest of what was typed stays in the form).
/// </summary>
public static class FrontMatterFieldRules
{
    /// <summary>The longest one-line value; a title or summary is far shorter.</summary>
    public const int MaxLineLength = 1000;

    /// <summary>Problems by field name (<c>Order</c>, <c>Reviewed</c>…); empty when the fields can be written.</summary>
    public static Dictionary<string, string> Check(FrontMatterFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(fields.Order) && !int.TryParse(fields.Order.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            problems[nameof(fields.Order)] = "Order must be a whole number, like 10 (lower comes first).";
        }

        CheckDate(problems, nameof(fields.Reviewed), "Reviewed", fields.Reviewed);
        CheckDate(problems, nameof(fields.ReviewDue), "Review due", fields.ReviewDue);
        foreach (var (name, value) in new[]
        {
            (nameof(fields.Title), fields.Title), (nameof(fields.Subtitle), fields.Subtitle), (nameof(fields.Summary), fields.Summary),
            (nameof(fields.Author), fields.Author), (nameof(fields.ContentNote), fields.ContentNote), (nameof(fields.Tags), fields.Tags),
            (nameof(fields.Aliases), fields.Aliases),
        })
        {
            if (value is { Length: > MaxLineLength })
            {
                problems[name] = $"This is longer than {MaxLineLength} characters; shorten it.";
            }
        }

        return problems;
    }

    /// <summary>A date as the form sends it; null when empty or not a date.</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static void CheckDate(Dictionary<string, string> problems, string name, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && ParseDate(value) is null)
        {
            problems[name] = $"{label} must be a date like 2026-01-31.";
        }
    }
}
