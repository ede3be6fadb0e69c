using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Contact;

/// <summary>Limits on contact form submissions per client address. Bound from <c>Contact:RateLimit</c>.</summary>
public sealed class ContactRateLimitOptions
{
    public const string SectionName = "Contact:RateLimit";

    /// <summary>Accepted submissions per window.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 5;

    [Range(1, 1440)]
    public int WindowMinutes { get; set; } = 10;

    /// <summary>Accepted submissions per day.</summary>
    [Range(1, 10_000_000)]
    public int PerDay { get; set; } = 30;

    /// <summary>POSTs of any kind (valid or not) per post window: stops a flood of invalid ones.</summary>
    [Range(1, 10_000_000)]
    public int PostLimit { get; set; } = 60;

    [Range(1, 1440)]
    public int PostWindowMinutes { get; set; } = 10;
}
