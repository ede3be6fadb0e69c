using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps every event; safe to write from many requests at once.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Everything an event could put in a log: template, rendered message, every property, the exception.</summary>
    public static string Render(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var text = new StringBuilder()
            .AppendLine(logEvent.MessageTemplate.Text)
            .AppendLine(logEvent.RenderMessage(CultureInfo.InvariantCulture));
        foreach (var (name, value) in logEvent.Properties)
        {
            text.Append(name).Append('=').AppendLine(value.ToString());
        }

        if (logEvent.Exception is not null)
        {
            text.AppendLine(logEvent.Exception.ToString());
        }

        return text.ToString();
    }

    /// <summary>The scalar value of <paramref name="property"/> on <paramref name="logEvent"/>, or null.</summary>
    public static object? Scalar(LogEvent logEvent, string property)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar ? scalar.Value : null;
    }
}
