using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Refuses an authenticator code that was already used. Identity accepts a code for a few 30-second steps either
/// side of now and would take the same code twice; this remembers the last accepted step per account (in
/// Identity's user tokens table, so no new column) and accepts only a later one.
/// </summary>
public sealed class TotpReplayGuard(UserManager<StaffUser> users)
{
    private const string LoginProvider = "AttachmentGuide";
    private const string TokenName = "LastTotpStep";

    /// <summary>
    /// The step of now and one either side (RFC 6238's advice for clock drift); Identity would take two either side,
    /// so this is the window that counts.
    /// </summary>
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    // One check-and-accept at a time, so two posts of the same code cannot both pass before either is remembered.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>
    /// Runs <paramref name="signIn"/> only when <paramref name="code"/> belongs to a step later than the last one
    /// accepted for <paramref name="user"/>, and remembers the step when it succeeds. A used code returns Failed.
    /// </summary>
    public async Task<SignInResult> SignInOnceAsync(StaffUser user, string code, Func<Task<SignInResult>> signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var result = SignInResult.Failed;
        await UseOnceAsync(user, code, async () =>
        {
            result = await signIn();
            return result.Succeeded;
        });
        return result;
    }

    /// <summary>
    /// Runs <paramref name="use"/> (turning two-step sign-in on or off, say) only when <paramref name="code"/> is the
    /// account's current code and later than the last step accepted, and remembers the step when it succeeds: one
    /// code proves one thing, once, wherever it is typed.
    /// </summary>
    public async Task<bool> UseOnceAsync(StaffUser user, string code, Func<Task<bool>> use)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(use);
        await Gate.WaitAsync();
        try
        {
            var step = await MatchingStepAsync(user, code);
            var last = long.TryParse(await users.GetAuthenticationTokenAsync(user, LoginProvider, TokenName), NumberStyles.None, CultureInfo.InvariantCulture, out var stored) ? stored : long.MinValue;
            if (step is not { } matched || matched <= last || !await use())
            {
                return false;
            }

            await users.SetAuthenticationTokenAsync(user, LoginProvider, TokenName, matched.ToString(CultureInfo.InvariantCulture));
            return true;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<long?> MatchingStepAsync(StaffUser user, string code)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || await users.GetAuthenticatorKeyAsync(user) is not { } base32)
        {
            return null;
        }

        byte[] key;
        try
        {
            key = Base32Encoding.ToBytes(base32);
        }
        catch (ArgumentException)
        {
            return null; // a stored key that is not Base32 matches no code
        }

        // Identity's authenticator judges codes by the wall clock (it takes no TimeProvider), and so does Otp.NET's
        // default: RFC 6238 with the authenticator defaults (HMAC-SHA1, 30-second steps, 6 digits).
        return new Totp(key).VerifyTotp(code, out var matched, Window) ? matched : null;
    }
}
