using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;

namespace AttachmentGuide.Web.Tests.Editing;

/// <summary>
/// What the editing tests' sites share: the site in Production on its own copy of the real content (the editor
/// changes files, and the repository's content must stay as it is), every Serilog event kept, raised rate limits and
/// the retention job off. The copy is removed on dispose.
/// </summary>
public abstract class CopiedContentSiteFactory : SiteFactory
{
    protected CopiedContentSiteFactory()
        : base(CopyOfRealContent(), "Production")
    {
    }

    public LogCapture Logs { get; } = new();

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
        if (disposing)
        {
            try
            {
                Directory.Delete(ContentPath, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
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

    /// <summary>A fresh copy of content/ in the temp folder, with the folders the editor writes in.</summary>
    public static string CopyOfRealContent()
    {
        var target = Path.Combine(Path.GetTempPath(), "ag-editing-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(TestPaths.RealContent, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(TestPaths.RealContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        foreach (var folder in new[] { "articles", "pages", "images" })
        {
            Directory.CreateDirectory(Path.Combine(target, folder));
        }

        return target;
    }
}
