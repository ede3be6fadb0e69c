using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

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

    /// <summary>Identity's own window: the step of now, and two either side.</summary>
    private const int Window = 2;

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
        if (code.Length != 6 || await users.GetAuthenticatorKeyAsync(user) is not { } base32 || Base32Decode(base32) is not { } key)
        {
            return null;
        }

        // Identity's authenticator judges codes by the wall clock (it takes no TimeProvider), so this does too.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        for (var step = now - Window; step <= now + Window; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>RFC 6238 with the authenticator defaults: HMAC-SHA1, 30-second steps, 6 digits.</summary>
    private static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // Authenticator apps use HMAC-SHA1 (RFC 6238); the code must be the one they show.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[]? Base32Decode(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            var index = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
