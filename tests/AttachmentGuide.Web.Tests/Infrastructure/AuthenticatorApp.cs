using OtpNet;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>What a phone's authenticator app computes: RFC 6238 with its defaults (SHA-1, 30 s, 6 digits).</summary>
public static class AuthenticatorApp
{
    /// <param name="stepsAhead">1 is the code the app will show next, -1 the one it showed last (the site accepts
    /// one step of clock drift either way).</param>
    public static string Code(string base32Key, int stepsAhead = 0)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        var key = Base32Encoding.ToBytes(base32Key.Replace(" ", string.Empty, StringComparison.Ordinal));
        return new Totp(key).ComputeTotp(DateTime.UtcNow.AddSeconds(30.0 * stepsAhead));
    }
}
