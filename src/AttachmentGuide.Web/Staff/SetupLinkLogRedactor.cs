using Serilog.Core;
using Serilog.Events;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// A set-up link's query string is a one-time credential. The framework's request lines ("Request starting GET
/// /staff/setup?account=…&amp;token=…") carry it as a property; this blanks it for <see cref="SetupLinks.PagePath"/>
/// before any sink sees the event, as <see cref="Search.SearchQueryLogRedactor"/> does for searches.
/// </summary>
public sealed class SetupLinkLogRedactor : ILogEventEnricher
{
    private static readonly LogEventPropertyValue Redacted = new ScalarValue(string.Empty);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Properties.TryGetValue("QueryString", out var query) && query is not ScalarValue { Value: null or "" } && IsSetup(logEvent))
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty("QueryString", Redacted));
        }
    }

    private static bool IsSetup(LogEvent logEvent) =>
        (logEvent.Properties.TryGetValue("Path", out var path) || logEvent.Properties.TryGetValue("RequestPath", out path))
        && path is ScalarValue { Value: string value }
        && value.StartsWith(SetupLinks.PagePath, StringComparison.OrdinalIgnoreCase);
}
