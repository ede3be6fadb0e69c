using AttachmentGuide.Web.Cli;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Feeds;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = HostPaths.ContentRootFor(args),
});
builder.AddSiteLogging();
builder.AddSiteSecurity();
builder.AddSiteDataProtection();
builder.AddContent();
builder.AddContentCaching();
builder.AddInquiries();
builder.AddContactForm();
builder.AddStaff();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Staff");
    options.Conventions.AllowAnonymousToPage("/Staff/Login");
    options.Conventions.AllowAnonymousToPage("/Staff/LoginTwoFactor");
});

var app = builder.Build();
// Independent start-up work, side by side: parsing every article, and preparing the database.
await Task.WhenAll(Task.Run(() => app.LoadContent()), Task.Run(() => app.PrepareInquiryDatabase()));
app.UseSitePipeline();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapFeeds();

app.Run();
return 0;

/// <summary>The entry point, public so integration tests can host the site.</summary>
public partial class Program;
