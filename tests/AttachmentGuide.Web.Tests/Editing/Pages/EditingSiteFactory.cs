using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>
/// The editing site (<see cref="CopiedContentSiteFactory"/>) with a clock the test moves and a disk it can make fail.
/// Each factory has its own copy of the content.
/// </summary>
public sealed class EditingSiteFactory : CopiedContentSiteFactory
{
    public FakeTimeProvider Time { get; } = new(StaffSiteFactory.Start);

    /// <summary>The editor's disk, which a test can make fail as a full or read-only one.</summary>
    public FailingDisk Disk { get; } = new();

    public string ArticlePath(string slug) => Path.Combine(ContentPath, "articles", slug + ".md");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ContentFileWriter>(Disk);
        });
    }
}
