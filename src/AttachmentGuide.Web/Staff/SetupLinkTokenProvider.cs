using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// The site's password-reset tokens, which only set-up links carry: the account id, the purpose, the security stamp
/// and the time it was issued, encrypted and signed with the site's Data Protection keys. Identity's own
/// DataProtectorTokenProvider reads the system clock; this one reads the site's <see cref="TimeProvider"/>, so expiry
/// follows the same clock as sessions. The stamp makes a token work once: setting the password changes it, and so
/// does issuing a new link.
/// </summary>
public sealed class SetupLinkTokenProvider(IDataProtectionProvider protection, TimeProvider time, IOptions<SetupLinkOptions> options)
    : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string Name = "SetupLink";

    private readonly IDataProtector _protector = protection.CreateProtector("AttachmentGuide.Staff.SetupLink.v1");

    public async Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var issued = time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
        var payload = string.Join('\n', issued, await manager.GetUserIdAsync(user), purpose, await StampAsync(manager, user));
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? string.Empty))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Altered, cut short or made with other keys: simply not a valid link.
            return false;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        var issued = new DateTimeOffset(ticks, TimeSpan.Zero);
        var now = time.GetUtcNow();
        return issued <= now && now < issued + options.Value.Lifetime
            && parts[1] == await manager.GetUserIdAsync(user)
            && parts[2] == purpose
            && parts[3] == await StampAsync(manager, user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(false);

    private static async Task<string> StampAsync(UserManager<StaffUser> manager, StaffUser user) =>
        manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) : string.Empty;
}
