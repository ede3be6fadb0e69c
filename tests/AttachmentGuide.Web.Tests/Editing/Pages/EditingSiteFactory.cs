using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>
/// The site in Production on a copy of the real content folder (the editor writes into it), with a clock the test
/// moves, a disk it can make fail, every log event kept and the retention job off. Each factory has its own copy, removed on dispose.
/// </summary>
public sealed class EditingSiteFactory : SiteFactory
{
    public EditingSiteFactory()
        : base(CopyOfRealContent(), "Production")
    {
    }

    public FakeTimeProvider Time { get; } = new(StaffSiteFactory.Start);

    public LogCapture Logs { get; } = new();

    /// <summary>The editor's disk, which a test can make fail as a full or read-only one.</summary>
    public FailingDisk Disk { get; } = new();

    public string ArticlePath(string slug) => Path.Combine(ContentPath, "articles", slug + ".md");

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
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<AttachmentGuide.Web.Editing.ContentFileWriter>(Disk);
            foreach (var retention in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RetentionService)).ToList())
            {
                services.Remove(retention);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(ContentPath, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>A fresh copy of content/ in the temp folder.</summary>
    public static string CopyOfRealContent()
    {
        var target = Path.Combine(Path.GetTempPath(), "ag-editing-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(TestPaths.RealContent, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(TestPaths.RealContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        Directory.CreateDirectory(Path.Combine(target, "images"));
        return target;
    }
}
