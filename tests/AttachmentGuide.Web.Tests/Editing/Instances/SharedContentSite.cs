using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AttachmentGuide.Web.Tests.Editing.Instances;

/// <summary>
/// One instance of the site in Production on a content folder it shares with other instances (as on shared
/// storage), with <paramref name="settings"/> (the shared database) and the raised rate limits. The folder is the
/// test's to remove.
/// </summary>
public sealed class SharedContentSite(string contentPath, IReadOnlyDictionary<string, string> settings) : SiteFactory(contentPath, "Production")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in RaisedRateLimits.Settings.Concat(settings))
        {
            builder.UseSetting(key, value);
        }
    }
}
