using AttachmentGuide.Web.Cli;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Feeds;
using AttachmentGuide.Web.Health;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Images;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Search;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Topics;

if (HostArguments.NameACommand(args))
{
    return await SiteCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
}

try
{
    // Inside the try: registering services resolves settings too (the database folder is made there), and a
    // fault found then must get the same one-line message as one found while starting.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        ContentRootPath = HostPaths.ContentRootFor(args),
    });
    builder.AddSiteLogging();
    builder.AddSiteSecurity();
    builder.AddSiteDataProtection();
    builder.AddContent();
    builder.AddSearch();
    builder.AddContentCaching();
    builder.AddImages();
    builder.Services.AddSiteDatabase(builder.Configuration);
    builder.AddInquiries();
    builder.AddContactForm();
    builder.AddNotifications();
    builder.AddStaff();
    builder.AddEditing();
    builder.AddSiteHealth();
    builder.AddTopics();
    builder.Services.AddRazorPages();
    await RunSiteAsync(builder);
    return 0;
}
catch (SiteStartupException ex) when (System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly)
{
    // A fault the site names itself (a damaged database, keys that do not match): the operator needs its one
    // message, which names the setting and the fix, not a stack trace around it. A test host (another entry
    // assembly) gets the exception itself.
    await Console.Error.WriteLineAsync($"The site did not start: {ex.Message}");
    return 1;
}

static async Task RunSiteAsync(WebApplicationBuilder builder)
{
    // Disposed only after a clean shutdown, not by `await using`: a start-up fault then reaches a test host (which
    // is waiting on this app) as itself, not as an ObjectDisposedException from a provider disposed under it.
    // The process ends after a fault anyway.
    var app = builder.Build();
    // Parsing every article is the longest start-up step; it runs while the rest of the host starts,
    // and a request that arrives first waits for it (ContentReadyMiddleware).
    var contentLoaded = app.StartLoadingContent();
    app.PrepareSiteDatabase();
    app.UseSitePipeline();
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
    app.MapFeeds();
    app.MapImages();
    app.MapSiteHealth();

    await app.StartAsync();
    try
    {
        await contentLoaded;
    }
    catch
    {
        // Content that cannot be loaded at all stops the site, as a failure before listening would.
        await app.StopAsync();
        throw;
    }

    await app.WaitForShutdownAsync();
    await app.DisposeAsync();
}

/// <summary>The entry point, public so integration tests can host the site.</summary>
public partial class Program;
