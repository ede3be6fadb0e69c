using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Two-step set-up without side effects until it is finished. The new key travels in the set-up form, encrypted and
/// bound to the account; Identity's own key (and with it the security stamp, which every other session is checked
/// against) changes only when a code from the app proves the key was saved. Abandoning set-up ends no session.
/// </summary>
public sealed class AuthenticatorSetup(UserManager<StaffUser> users, IUserStore<StaffUser> store, IDataProtectionProvider protection, TotpReplayGuard replayGuard)
{
    /// <summary>Long enough to find a phone and install an app.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>A new key, and the same key sealed for the set-up form.</summary>
    public (string Key, string Sealed) Begin(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = users.GenerateNewAuthenticatorKey();
        return (key, Protector(user).Protect(key, Lifetime));
    }

    /// <summary>The key sealed by <see cref="Begin"/> for this account, or null when it is missing, stale or not this account's.</summary>
    public string? Open(StaffUser user, string? sealedKey)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(sealedKey))
        {
            return null;
        }

        try
        {
            return Protector(user).Unprotect(sealedKey, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>
    /// Saves <paramref name="key"/> as the account's authenticator key and checks <paramref name="code"/> against it;
    /// on a match turns two-step sign-in on (which changes the security stamp). Two-step sign-in is off throughout,
    /// so a key saved for a code that did not match is never asked for.
    /// </summary>
    public async Task<bool> TryFinishAsync(StaffUser user, string key, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (store is not IUserAuthenticatorKeyStore<StaffUser> keys)
        {
            throw new InvalidOperationException("The staff user store keeps no authenticator keys.");
        }

        await keys.SetAuthenticatorKeyAsync(user, key, cancellationToken);
        var saved = await users.UpdateAsync(user);
        // The code that turns it on is used up here, so it cannot then sign in a second time.
        return saved.Succeeded
            && await replayGuard.UseOnceAsync(user, code, async () => (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
    }

    private ITimeLimitedDataProtector Protector(StaffUser user) =>
        protection.CreateProtector("AttachmentGuide.Staff.PendingAuthenticatorKey", user.Id).ToTimeLimitedDataProtector();
}
