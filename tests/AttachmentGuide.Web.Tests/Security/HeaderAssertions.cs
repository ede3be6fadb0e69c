namespace AttachmentGuide.Web.Tests.Security;

/// <summary>The security headers every response must carry.</summary>
public static class HeaderAssertions
{
    public static string OneHeader(HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        var found = response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values);
        Assert.True(found, $"{response.RequestMessage?.RequestUri} has no {name} header");
        return Assert.Single(values!);
    }

    /// <summary>The Content-Security-Policy, as directive name → sources.</summary>
    public static IReadOnlyDictionary<string, string[]> ContentSecurityPolicy(HttpResponseMessage response)
    {
        var policy = OneHeader(response, "Content-Security-Policy");
        return policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1..], StringComparer.Ordinal);
    }

    public static void HasSecurityHeaders(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var csp = ContentSecurityPolicy(response);
        Assert.Contains("'self'", csp.GetValueOrDefault("default-src", []));
        Assert.Equal(["'none'"], csp.GetValueOrDefault("object-src", []));
        Assert.Equal(["'none'"], csp.GetValueOrDefault("base-uri", []));
        Assert.Equal(["'none'"], csp.GetValueOrDefault("frame-ancestors", []));
        Assert.Equal(["'self'"], csp.GetValueOrDefault("script-src", []));
        Assert.DoesNotContain("'unsafe-inline'", OneHeader(response, "Content-Security-Policy"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'unsafe-eval'", OneHeader(response, "Content-Security-Policy"), StringComparison.OrdinalIgnoreCase);

        Assert.Equal("nosniff", OneHeader(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", OneHeader(response, "Referrer-Policy"));
        Assert.False(string.IsNullOrWhiteSpace(OneHeader(response, "Permissions-Policy")));
        Assert.False(response.Headers.Contains("Server"), $"{response.RequestMessage?.RequestUri} sends a Server header");
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }
}
