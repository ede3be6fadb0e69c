using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// The 8-hour absolute session limit. Cookie authentication has no absolute expiry, and sliding
/// renewal resets IssuedUtc, so the sign-in time travels in the ticket's own properties.
/// </summary>
public static class SessionLimits
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);

    private const string SignedInAtKey = "ag-signed-in-at";

    public static Task StampSignInTime(CookieSigningInContext context, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        context.Properties.Items.TryAdd(SignedInAtKey, time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    /// <summary>Rejects a session older than <see cref="Absolute"/> (or with no sign-in time at all).</summary>
    public static async Task EnforceAbsoluteLimit(CookieValidatePrincipalContext context, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAtKey, out var text)
            && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : (DateTimeOffset?)null;
        if (signedInAt is null || time.GetUtcNow() - signedInAt > Absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }
}
