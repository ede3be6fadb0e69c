using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Staff;

/// <summary>How sign-in failures slow further tries. Bound from <c>Staff:SignInThrottle</c>.</summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Staff:SignInThrottle";

    /// <summary>Failed tries (per account and per address) before any wait.</summary>
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

    /// <summary>The longest wait one client address can be given: the guesser is slowed, not the account.</summary>
    [Range(1, 86_400)]
    public int AddressMaxDelaySeconds { get; set; } = 900;
}
