using System.Text.RegularExpressions;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Hosting.BehindNginx;

/// <summary>
/// The nginx site file of README.md's "Running it for real", as the README shows it, with only what a test must
/// change: its ports (free loopback ports for 80 and 443, the site's own port for 5000), its certificate paths, and
/// no IPv6 listeners (a test machine may have no IPv6 loopback). Every change must match exactly once, so a README
/// edit that this adaptation no longer fits fails loudly instead of testing something else.
/// </summary>
public static partial class NginxSiteFile
{
    public static string FromReadme() => Assert.Single(ReadmeBlocks.Of("nginx"));

    public static string ForTest(string readmeSiteFile, int httpPort, int httpsPort, int sitePort, string certificatePath, string keyPath) =>
        ForTest(readmeSiteFile, httpPort, httpsPort, $"http://127.0.0.1:{sitePort}", certificatePath, keyPath);

    /// <summary>
    /// README.md's "Scaling out" upstream block with its instances on <paramref name="sitePorts"/>, then the site file
    /// passing to that upstream instead of one port.
    /// </summary>
    public static string ForInstances(IReadOnlyList<int> sitePorts, int httpPort, int httpsPort, string certificatePath, string keyPath)
    {
        ArgumentNullException.ThrowIfNull(sitePorts);
        var upstream = Assert.Single(ReadmeBlocks.Of("nginx upstream"));
        var name = UpstreamName().Match(upstream);
        if (!name.Success)
        {
            throw new InvalidOperationException("README.md's nginx upstream block names no upstream: update NginxSiteFile with the README.");
        }

        var instance = 0;
        var found = UpstreamServer().Count(upstream);
        if (found != sitePorts.Count)
        {
            throw new InvalidOperationException(
                $"README.md's nginx upstream block lists {found} servers, where this test runs {sitePorts.Count} instances: update NginxSiteFile with the README.");
        }

        upstream = UpstreamServer().Replace(upstream, match => $"{match.Groups[1].Value}127.0.0.1:{sitePorts[instance++]}{match.Groups[2].Value}");
        return upstream + "\n" + ForTest(FromReadme(), httpPort, httpsPort, "http://" + name.Groups[1].Value, certificatePath, keyPath);
    }

    private static string ForTest(string readmeSiteFile, int httpPort, int httpsPort, string proxyTarget, string certificatePath, string keyPath)
    {
        var site = Replace(readmeSiteFile, Ipv6Listen(), "", expected: 2, "the two IPv6 listen lines ([::]:80, [::]:443)");
        site = Replace(site, HttpListen(), $"listen 127.0.0.1:{httpPort};", expected: 1, "listen 80;");
        site = Replace(site, HttpsListen(), $"listen 127.0.0.1:{httpsPort} $1;", expected: 1, "listen 443 ssl...;");
        site = Replace(site, Certificate(), $"ssl_certificate {certificatePath};", expected: 1, "ssl_certificate PATH;");
        site = Replace(site, CertificateKey(), $"ssl_certificate_key {keyPath};", expected: 1, "ssl_certificate_key PATH;");
        return Replace(site, ProxyPass(), $"proxy_pass {proxyTarget};", expected: 1, "proxy_pass http://127.0.0.1:5000;");
    }

    private static string Replace(string text, Regex pattern, string replacement, int expected, string what)
    {
        var found = pattern.Count(text);
        if (found != expected)
        {
            throw new InvalidOperationException(
                $"README.md's nginx site file has {found} of {what}, where this test expects {expected}: update NginxSiteFile with the README.");
        }

        return pattern.Replace(text, replacement);
    }

    [GeneratedRegex(@"^[ \t]*listen[ \t]+\[::\]:\d+[^;\n]*;[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex Ipv6Listen();

    [GeneratedRegex(@"upstream[ \t]+([a-z0-9_]+)[ \t]*\{")]
    private static partial Regex UpstreamName();

    // "server 10.0.0.11:5000 max_fails=...;": the address is the test's, the parameters stay as the README gives them.
    [GeneratedRegex(@"(^[ \t]*server[ \t]+)[^ \t;:]+:5000([^;\n]*;)", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"listen[ \t]+80;")]
    private static partial Regex HttpListen();

    [GeneratedRegex(@"listen[ \t]+443[ \t]+(ssl[^;\n]*);")]
    private static partial Regex HttpsListen();

    [GeneratedRegex(@"ssl_certificate[ \t]+[^;\n]+;")]
    private static partial Regex Certificate();

    [GeneratedRegex(@"ssl_certificate_key[ \t]+[^;\n]+;")]
    private static partial Regex CertificateKey();

    [GeneratedRegex(@"proxy_pass[ \t]+http://127\.0\.0\.1:5000;")]
    private static partial Regex ProxyPass();
}
