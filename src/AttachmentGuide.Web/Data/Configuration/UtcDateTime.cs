using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>
/// Times are stored as UTC; this marks them so again when they are read back (a SQLite column keeps no kind).
/// Written values are made UTC first: PostgreSQL's <c>timestamptz</c> refuses a time of unknown kind, and a local
/// time would otherwise be stored as if it were UTC on SQLite.
/// </summary>
public static class UtcDateTime
{
    public static ValueConverter<DateTime, DateTime> Converter { get; } =
        new(v => AsUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static ValueConverter<DateTime?, DateTime?> NullableConverter { get; } =
        new(v => v.HasValue ? AsUtc(v.Value) : v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    /// <summary>The site only makes UTC times; one of unknown kind is taken to be UTC already, as SQLite always did.</summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
