using Serilog;
using Serilog.Events;

namespace AttachmentGuide.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog, configured from <c>Serilog:*</c>. Serilog replaces the framework's logger factory, so
    /// <c>Logging:LogLevel:Default</c> would be ignored; it is mapped onto Serilog's minimum level instead,
    /// letting operators quiet the site with either setting.
    /// </summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<PrivateQueryLogRedactor>();
            if (MapLevel(builder.Configuration["Logging:LogLevel:Default"]) is { } level)
            {
                logger.MinimumLevel.Is(level);
            }
        },
        // Each host owns its logger rather than the process-wide Log.Logger, so hosts never share sinks.
        preserveStaticLogger: true);
        return builder;
    }

    private static LogEventLevel? MapLevel(string? level) => level?.Trim().ToLowerInvariant() switch
    {
        "trace" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "information" => LogEventLevel.Information,
        "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        "critical" or "none" => LogEventLevel.Fatal,
        _ => null,
    };
}
