using System.Globalization;

namespace AttachmentGuide.Web.Hosting;

/// <summary>Dates in the forms HTML's datetime attribute accepts (at most three digits of fractional seconds).</summary>
public static class HtmlDates
{
    public static string Utc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
