using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Staff;

/// <summary>How long a staff set-up link stays usable (see <see cref="SetupLinkTokenProvider"/>). Bound from <c>Staff:SetupLink</c>.</summary>
public sealed class SetupLinkOptions
{
    public const string SectionName = "Staff:SetupLink";

    /// <summary>
    /// Long enough for an admin to hand the link over across a weekend, short enough that a link left in a chat
    /// history stops working. At most 30 days.
    /// </summary>
    [Range(1, 720)]
    public int LifetimeHours { get; set; } = 72;

    public TimeSpan Lifetime => TimeSpan.FromHours(LifetimeHours);
}
