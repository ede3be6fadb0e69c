namespace AttachmentGuide.Web.Hosting;

public static class HostPaths
{
    /// <summary>
    /// The app's own folder, unless the content root is set explicitly. A published app started from
    /// another working directory would otherwise take that directory as its content root and serve
    /// empty static files; `dotnet run` keeps the caller's working directory for relative paths.
    /// </summary>
    public static string? ContentRootFor(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var explicitlySet = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null
            || args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        return explicitlySet ? null : AppContext.BaseDirectory;
    }
}
