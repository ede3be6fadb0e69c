using Serilog.Core;
using Serilog.Events;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// What a person searches for is personal ("my father hit me"). The framework's own request lines ("Request
/// starting GET …/search?q=…", "Request finished …") carry the query string as a property; for <c>/search</c> this
/// blanks it before any sink sees the event, so the log keeps the path and never the words.
/// </summary>
public sealed class SearchQueryLogRedactor : ILogEventEnricher
{
    private static readonly LogEventPropertyValue Redacted = new ScalarValue(string.Empty);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Properties.TryGetValue("QueryString", out var query) && !IsEmpty(query) && IsSearch(logEvent))
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty("QueryString", Redacted));
        }
    }

    private static bool IsSearch(LogEvent logEvent) =>
        (logEvent.Properties.TryGetValue("Path", out var path) || logEvent.Properties.TryGetValue("RequestPath", out path))
        && path is ScalarValue { Value: string value }
        && value.StartsWith("/search", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmpty(LogEventPropertyValue value) => value is ScalarValue { Value: null or "" };
}
