using Serilog.Core;
using Serilog.Events;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// Some addresses carry in their query string what must never reach a log: what a person searches for is personal
/// ("my father hit me"), and a staff set-up link's token is a one-time credential. The framework's own request lines
/// ("Request starting GET /search?q=…", "Request finished …") carry the query string as a property; for those
/// paths this blanks it before any sink sees the event, so the log keeps the path and never the words or the token.
/// </summary>
public sealed class PrivateQueryLogRedactor : ILogEventEnricher
{
    /// <summary>The paths (and everything below them) whose query strings are never logged.</summary>
    public static readonly IReadOnlyList<string> PrivatePaths = ["/search", Staff.SetupLinks.PagePath];

    private static readonly LogEventPropertyValue Redacted = new ScalarValue(string.Empty);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Properties.TryGetValue("QueryString", out var query) && query is not ScalarValue { Value: null or "" } && IsPrivate(logEvent))
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty("QueryString", Redacted));
        }
    }

    private static bool IsPrivate(LogEvent logEvent) =>
        (logEvent.Properties.TryGetValue("Path", out var path) || logEvent.Properties.TryGetValue("RequestPath", out path))
        && path is ScalarValue { Value: string value }
        && PrivatePaths.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
