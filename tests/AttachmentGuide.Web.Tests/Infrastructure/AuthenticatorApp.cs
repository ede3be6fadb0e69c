using System.Security.Cryptography;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>What a phone's authenticator app computes: RFC 6238 with its defaults (SHA-1, 30 s, 6 digits).</summary>
public static class AuthenticatorApp
{
    /// <param name="stepsAhead">1 is the code the app will show next (the site accepts a little clock drift).</param>
    public static string Code(string base32Key, int stepsAhead = 0)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(base32Key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant().TrimEnd('=')
            .Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        var key = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var counter = BitConverter.GetBytes((DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30) + stepsAhead);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; the test must compute what they compute.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
