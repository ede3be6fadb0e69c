using System.Text;

namespace AttachmentGuide.Web.Inquiries;

/// <summary>Turns the email address and phone number a person typed into links a staff phone or mail app opens.</summary>
public static class ContactLinks
{
    /// <summary>A <c>mailto:</c> address; the address is percent-encoded so no typed character can add a header or query.</summary>
    public static string? Mailto(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : "mailto:" + Uri.EscapeDataString(email.Trim()).Replace("%40", "@", StringComparison.Ordinal);

    /// <summary>
    /// A <c>tel:</c> URI of the digits typed (as ASCII), with a leading <c>+</c> kept (spaces, dashes, dots and brackets dropped, and the
    /// national "(0)" after a country code),
    /// or null when too few digits were typed to dial. Anything after a letter (an "ext 12") is not dialled.
    /// </summary>
    public static string? Tel(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        if (trimmed.StartsWith('+'))
        {
            // "+44 (0)20 …": the bracketed 0 is dialled only from inside the country, never after the country code.
            trimmed = trimmed.Replace("(0)", string.Empty, StringComparison.Ordinal);
        }

        var number = new StringBuilder("tel:");
        if (trimmed.StartsWith('+'))
        {
            number.Append('+');
        }

        var digits = 0;
        foreach (var c in trimmed)
        {
            // Digits typed in another script (a phone keyboard set to Arabic, say) dial as the same ASCII digits.
            if (char.IsDigit(c))
            {
                number.Append((int)char.GetNumericValue(c));
                digits++;
            }
            else if (char.IsLetter(c))
            {
                break;
            }
        }

        return digits >= 3 ? number.ToString() : null;
    }
}
