using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>Times are stored as UTC; this marks them so again when they are read back (the column keeps no kind).</summary>
public static class UtcDateTime
{
    public static ValueConverter<DateTime, DateTime> Converter { get; } =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static ValueConverter<DateTime?, DateTime?> NullableConverter { get; } =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
