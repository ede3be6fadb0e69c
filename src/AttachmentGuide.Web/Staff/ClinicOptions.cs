using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Staff;

/// <summary>The clinic's time zone, for showing received times. Bound from <c>Clinic</c>.</summary>
public sealed class ClinicOptions
{
    public const string SectionName = "Clinic";

    /// <summary>An IANA time zone id, e.g. <c>Europe/London</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTime ToClinicTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
