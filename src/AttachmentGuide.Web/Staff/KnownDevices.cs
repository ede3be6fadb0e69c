using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// A browser where an account has signed in (password, and code when two-step is on) keeps a cookie that proves it,
/// signed and encrypted with Data Protection. On a later sign-in to that same account the throttle counts it on its
/// own (<see cref="SignInThrottle"/>), so failures from other addresses never slow the owner's own browser. It
/// proves nothing else: the password (and code) are still asked for. One account per browser: the last to sign in.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "ag-device";

    /// <summary>How long a browser stays known after its last sign-in.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    private readonly IDataProtector _protector = protection.CreateProtector("AttachmentGuide.Staff.KnownDevice.v1");
    private readonly HostPrefixCookieManager _cookies = new();

    /// <summary>This browser's device id when its cookie proves an earlier sign-in to <paramref name="userId"/>; otherwise null.</summary>
    public string? Recognise(HttpContext http, string userId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var value = _cookies.GetRequestCookie(http, CookieName);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = _protector.Unprotect(value).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Forged, altered, or made with keys this site no longer has: an unknown browser.
            return null;
        }

        if (parts.Length != 3 || !string.Equals(parts[0], userId, StringComparison.Ordinal)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var issuedTicks))
        {
            return null;
        }

        var age = time.GetUtcNow() - new DateTimeOffset(issuedTicks, TimeSpan.Zero);
        return age >= TimeSpan.Zero && age <= Lifetime ? parts[1] : null;
    }

    /// <summary>After a complete sign-in: this browser becomes (or stays) known for <paramref name="userId"/>, with a new id.</summary>
    public void Remember(HttpContext http, string userId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var device = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var value = _protector.Protect(string.Join('\n', userId, device, time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)));
        _cookies.AppendResponseCookie(http, CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            // Max-Age, not Expires: counted on the browser's own clock, so a server clock that is off cannot shorten it.
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }
}
