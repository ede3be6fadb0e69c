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

    /// <summary>
    /// Waits, when fewer than <paramref name="secondsLeft"/> seconds are left of the current 30-second step, for the
    /// next step to begin. A code one step off is taken and two steps off refused, so a step ending between computing
    /// such a code and the site checking it turns a right answer wrong (seen in CI: -1 became -2 under load).
    /// </summary>
    public static async Task WaitForRoomInStepAsync(int secondsLeft = 12)
    {
        var intoStep = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 30_000;
        var left = 30_000 - intoStep;
        if (left < secondsLeft * 1000)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(left + 250));
        }
    }
}
