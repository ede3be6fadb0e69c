namespace AttachmentGuide.Web.Cli;

/// <summary>The settings the commands read: the same files, user secrets and environment variables as the site.</summary>
public static class CliConfiguration
{
    /// <summary>
    /// In the site's order: <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c> beside the dll (the
    /// site's content root), user secrets in Development, then environment variables such as <c>Content__Path</c>
    /// and <c>ConnectionStrings__Inquiries</c>. So a command finds what the site finds, from whatever folder it is
    /// typed in, and <c>notify test</c> signs in with the SMTP password the site would use.
    /// </summary>
    public static IConfiguration Build()
    {
        var environment = EnvironmentName();
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true);
        if (string.Equals(environment, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            builder.AddUserSecrets(typeof(CliConfiguration).Assembly, optional: true);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    // As WebApplication.CreateBuilder reads it: ASPNETCORE_ENVIRONMENT wins over DOTNET_ENVIRONMENT, Production by default.
    private static string EnvironmentName() =>
        NonEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
        ?? NonEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
        ?? Environments.Production;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
