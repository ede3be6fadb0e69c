using System.Globalization;
using System.Text.RegularExpressions;

namespace AttachmentGuide.Content.Site;

/// <summary>The unit of a <see cref="ReplyWindow"/>.</summary>
public enum ReplyUnit
{
    WorkingDays,
    WorkingHours,
}

/// <summary>
/// How soon the clinic promises to reply, from <c>reply_within</c> in site.yml: <c>2 working days</c>,
/// <c>16 working hours</c>. A working day is a weekday that is not a closed date.
/// </summary>
/// <param name="Amount">At least 1.</param>
/// <param name="Unit">Working days or working hours.</param>
public sealed partial record ReplyWindow(int Amount, ReplyUnit Unit)
{
    /// <summary>The promise in words, e.g. <c>2 working days</c> or <c>1 working day</c>.</summary>
    public string Text => Unit switch
    {
        ReplyUnit.WorkingDays => Amount == 1 ? "1 working day" : $"{Amount.ToString(CultureInfo.InvariantCulture)} working days",
        _ => Amount == 1 ? "1 working hour" : $"{Amount.ToString(CultureInfo.InvariantCulture)} working hours",
    };

    /// <summary>Reads <c>2 working days</c>, <c>1 working day</c>, <c>16 working hours</c> (any case and spacing); null otherwise.</summary>
    public static ReplyWindow? Parse(string? text)
    {
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success || !int.TryParse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || amount is < 1 or > 1000)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? ReplyUnit.WorkingDays : ReplyUnit.WorkingHours;
        return new ReplyWindow(amount, unit);
    }

    [GeneratedRegex(@"^\s*(?<amount>[0-9]{1,4})\s+working\s+(?<unit>days?|hours?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
