namespace AttachmentGuide.Content.Site;

/// <summary>Turns a phone number as people write it into a <c>tel:</c> link.</summary>
public static class TelUris
{
    /// <summary><c>tel:</c> followed by the digits, keeping a leading plus: "+44 (20) 7946-0000" → "tel:+442079460000".</summary>
    public static string For(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var trimmed = number.Trim();
        return "tel:" + new string(trimmed.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
    }
}
