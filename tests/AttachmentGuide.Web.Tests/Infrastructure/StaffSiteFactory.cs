using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;
using Serilog.Events;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The site in Production on the real content, with a clock the test moves (<see cref="Time"/>), every Serilog event
/// kept (<see cref="Logs"/>), contact rate limits out of the way and the daily retention job off (a test that moves
/// the clock by days calls the sweeper itself). Extra settings go in <see cref="Settings"/> before the first request.
/// </summary>
public sealed class StaffSiteFactory : SiteFactory
{
    /// <summary>A summer instant: London is then UTC+1, so a time shown in UTC would be an hour off.</summary>
    public static readonly DateTimeOffset Start = new(2026, 7, 15, 9, 30, 0, TimeSpan.Zero);

    public StaffSiteFactory()
        : base(TestPaths.RealContent, "Production")
    {
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public LogCapture Logs { get; } = new();

    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Information reaches the captured sink (the level the site logs at in production); the console stays quiet.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Error");
        foreach (var (key, value) in RaisedRateLimits.Settings.Concat(Settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ILogEventSink>(Logs);
            foreach (var retention in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RetentionService)).ToList())
            {
                services.Remove(retention);
            }
        });
    }
}
