namespace AttachmentGuide.TestSupport;

/// <summary>The environment variables a test gives the real site process, the way a deployment configures it.</summary>
public static class SiteEnvironment
{
    /// <summary>
    /// The repository's content (not watched), <paramref name="data"/> for the database and keys, the contact rate
    /// limits raised and logging at Warning, in <paramref name="environmentName"/>.
    /// </summary>
    public static Dictionary<string, string> For(SiteDataFolder data, string environmentName)
    {
        ArgumentNullException.ThrowIfNull(data);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = environmentName,
            ["ConnectionStrings__Inquiries"] = $"Data Source={data.DatabasePath}",
            ["DataProtection__KeysPath"] = data.KeysPath,
            ["Content__Path"] = RepositoryPaths.Content,
            ["Content__Watch"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in RaisedRateLimits.EnvironmentVariables)
        {
            environment[name] = value;
        }

        return environment;
    }
}
