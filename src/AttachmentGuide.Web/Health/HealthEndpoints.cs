using System.Text.Json;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog.AspNetCore;
using Serilog.Events;

namespace AttachmentGuide.Web.Health;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (content loaded, database writable, key ring
/// readable, alert sender not stuck) for the operator's monitor: 200 or 503, a check name and status each, no detail
/// a reader could use, never cached, and no request log line at Information (a monitor polls them all day).
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string PathPrefix = "/health";
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddSiteHealth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<HealthOptions>(builder.Configuration, HealthOptions.SectionName);
        builder.Services.TryAddSingleton<OutboxHeartbeat>();
        builder.Services.AddHealthChecks()
            .AddCheck<ContentLoadedCheck>("content", tags: [ReadyTag])
            .AddDbContextCheck<SiteDbContext>("database", tags: [ReadyTag])
            .AddCheck<DatabaseWritableCheck>("database-writable", tags: [ReadyTag])
            .AddCheck<KeyRingCheck>("key-ring", tags: [ReadyTag])
            .AddCheck<AlertSenderCheck>("alert-sender", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapSiteHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivePath, Options(_ => false));
        app.MapHealthChecks(ReadyPath, Options(check => check.Tags.Contains(ReadyTag)));
        return app;
    }

    public static bool IsHealthPath(PathString path) => path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// For <c>UseSerilogRequestLogging</c>: health requests at Debug, errors still as errors, everything else at
    /// Information. The request lines go to the site's own logger: the middleware's default is Serilog's static
    /// logger, which stays silent because each host keeps its own (<c>preserveStaticLogger</c>).
    /// </summary>
    public static void QuietRequestLogging(RequestLoggingOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Logger ??= services.GetService<Serilog.ILogger>();
        options.GetLevel = (context, _, exception) =>
            exception is not null ? LogEventLevel.Error
            : IsHealthPath(context.Request.Path) ? LogEventLevel.Debug
            : context.Response.StatusCode > 499 ? LogEventLevel.Error
            : LogEventLevel.Information;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        AllowCachingResponses = false,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    /// <summary>Names and statuses only: a check's description or exception could carry a path or a row's detail.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
