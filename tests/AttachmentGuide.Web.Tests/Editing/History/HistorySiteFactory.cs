using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>
/// The site in Production on its own copy of the real content (history, rename and delete change files, and the
/// repository's content must stay as it is), with every Serilog event kept and the retention job off.
/// </summary>
public sealed class HistorySiteFactory : SiteFactory
{
    public HistorySiteFactory()
        : base(CopyOfRealContent(), "Production")
    {
    }

    public LogCapture Logs { get; } = new();

    public string Articles => Path.Combine(ContentPath, "articles");

    public string Pages => Path.Combine(ContentPath, "pages");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Error");
        foreach (var (key, value) in RaisedRateLimits.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            foreach (var retention in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RetentionService)).ToList())
            {
                services.Remove(retention);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(ContentPath))
        {
            Directory.Delete(ContentPath, recursive: true);
        }
    }

    private static string CopyOfRealContent()
    {
        var copy = Path.Combine(Path.GetTempPath(), "ag-history-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(TestPaths.RealContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(TestPaths.RealContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(copy, "articles"));
        Directory.CreateDirectory(Path.Combine(copy, "pages"));
        return copy;
    }
}
