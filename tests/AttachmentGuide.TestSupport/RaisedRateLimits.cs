namespace AttachmentGuide.TestSupport;

/// <summary>
/// Contact rate limits raised out of the way. In-process hosts give every client one partition (TestServer has no
/// client address) and real-process tests send from one loopback address, so the real limits would stop them.
/// A test of the limits themselves sets its own on top.
/// </summary>
public static class RaisedRateLimits
{
    /// <summary>As configuration keys (<c>Contact:RateLimit:PermitLimit</c>), for a host builder.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Contact:RateLimit:PermitLimit"] = "100000",
        ["Contact:RateLimit:PerDay"] = "1000000",
        ["Contact:RateLimit:PostLimit"] = "1000000",
        // Every TestServer client shares one (missing) address, so sign-in failures in one test would slow the next.
        ["Staff:SignInThrottle:FreeTries"] = "1000000",
    };

    /// <summary>As environment variables (<c>Contact__RateLimit__PermitLimit</c>), for a site process.</summary>
    public static IEnumerable<KeyValuePair<string, string>> EnvironmentVariables =>
        Settings.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value));
}
