using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Health;

/// <summary>Bound from <c>Health</c>.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// With alerts on, <c>/health/ready</c> reports the sender stuck when its last completed pass over the outbox is
    /// older than this (it passes at least every <c>Notifications:PollInterval</c>, 15 s by default).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AlertSenderStaleAfter { get; set; } = TimeSpan.FromMinutes(5);
}
