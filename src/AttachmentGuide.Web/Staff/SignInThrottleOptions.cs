using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Staff;

/// <summary>How sign-in failures slow further tries (see <see cref="SignInThrottle"/>). Bound from <c>Staff:SignInThrottle</c>.</summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Staff:SignInThrottle";

    /// <summary>
    /// Failed tries (per account, per address, per known device) before any wait. An address with fewer failures
    /// than this is in good standing: someone else's failures never hold it back for longer than the account's delay.
    /// </summary>
    [Range(1, 1_000_000)]
    public int FreeTries { get; set; } = 5;

    /// <summary>The first wait; each further failure doubles it.</summary>
    [Range(1, 3600)]
    public int FirstDelaySeconds { get; set; } = 15;

    /// <summary>
    /// The longest wait an account can be given. Short on purpose: anyone can fail for any account, so this
    /// must never become a lockout an outsider can keep a person in.
    /// </summary>
    [Range(1, 3600)]
    public int AccountMaxDelaySeconds { get; set; } = 60;

    /// <summary>The longest wait one client address (or one known device) can be given: the guesser is slowed, not the account.</summary>
    [Range(1, 86_400)]
    public int AddressMaxDelaySeconds { get; set; } = 900;

    /// <summary>Failures are forgotten after this long without a new one.</summary>
    [Range(1, 100_000)]
    public int ForgetAfterMinutes { get; set; } = 1440;

    /// <summary>Failures are forgotten this long after the longest wait they could cause has ended.</summary>
    public TimeSpan ForgetAfter =>
        TimeSpan.FromMinutes(ForgetAfterMinutes) + TimeSpan.FromSeconds(Math.Max(AccountMaxDelaySeconds, AddressMaxDelaySeconds));
}
