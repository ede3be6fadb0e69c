using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Hosts the site in memory on a chosen content folder and environment.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly SiteDataFolder _data = new("ag-web-tests-");

    public SiteFactory(string contentPath, string environment)
    {
        ContentPath = contentPath;
        EnvironmentName = environment;
    }

    /// <summary>This host's own data folder (database and keys), removed when the factory is disposed.</summary>
    public string DataPath => _data.Path;

    public string DatabasePath => _data.DatabasePath;

    public string ContentPath { get; }

    public string EnvironmentName { get; }

    /// <summary>A client that keeps redirects visible, so a test sees exactly what the site answered.</summary>
    public HttpClient CreatePlainClient(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri(baseAddress),
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("ConnectionStrings:Inquiries", $"Data Source={DatabasePath}");
        builder.UseSetting("DataProtection:KeysPath", _data.KeysPath);
        builder.UseSetting("Images:CachePath", Path.Combine(_data.Path, "images"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:AttachmentGuide.Web.Content.SiteContent", "Error");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}

/// <summary>The site on the repository's real content/ folder, in Development.</summary>
public sealed class RealSiteFactory : SiteFactory
{
    public RealSiteFactory()
        : base(TestPaths.RealContent, "Development")
    {
    }
}

/// <summary>The site on the real content/ folder, in Production.</summary>
public sealed class ProductionSiteFactory : SiteFactory
{
    public ProductionSiteFactory()
        : base(TestPaths.RealContent, "Production")
    {
    }
}

/// <summary>The site on the fixture folder (drafts, hostile Markdown), in Development.</summary>
public sealed class FixtureSiteFactory : SiteFactory
{
    public FixtureSiteFactory()
        : base(TestPaths.Fixture("Site"), "Development")
    {
    }
}
