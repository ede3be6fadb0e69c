namespace AttachmentGuide.Web.Cli;

/// <summary>The settings the commands read: the same <c>appsettings.json</c> and environment variables as the site.</summary>
public static class CliConfiguration
{
    /// <summary>
    /// <c>appsettings.json</c> beside the dll (the site's content root), then environment variables such as
    /// <c>Content__Path</c> and <c>ConnectionStrings__Inquiries</c>, so a command finds what the site finds
    /// from whatever folder it is typed in.
    /// </summary>
    public static IConfiguration Build() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
