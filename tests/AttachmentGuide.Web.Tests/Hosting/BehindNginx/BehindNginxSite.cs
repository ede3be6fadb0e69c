using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Hosting.BehindNginx;

/// <summary>
/// The published site run as its own process in Production, behind nginx with README.md's site file and a
/// self-signed certificate for <see cref="PublicHost"/>, all on loopback: one of each for the test class. The contact
/// limit is 2 accepted forms per address, so a test can reach it; one staff account can sign in.
/// </summary>
public sealed class BehindNginxSite : IAsyncLifetime
{
    public const string PublicHost = "guide.example.org";
    public const string StaffEmail = "proxy-check@clinic.example";
    public const int ContactLimit = 2;

    private readonly SiteDataFolder _data = new("ag-behind-nginx-");
    private SiteProcess? _site;
    private NginxProxy? _nginx;

    public string? NginxPath { get; } = NginxProxy.Find();

    public TestCertificate Certificate { get; } = TestCertificate.For(PublicHost);

    public int HttpPort { get; } = NginxProxy.FreePort();

    public int HttpsPort { get; } = NginxProxy.FreePort();

    public string DatabasePath => _data.DatabasePath;

    /// <summary>The site itself, on its own plain-http loopback port, without nginx.</summary>
    public SiteProcess Site => _site ?? throw new InvalidOperationException("The site was not started: nginx is missing.");

    /// <summary>nginx's error log and the site's output, for failure messages.</summary>
    public string Output => $"nginx:\n{_nginx?.ErrorLog}\nsite:\n{_site?.Output}";

    public async ValueTask InitializeAsync()
    {
        if (NginxPath is null)
        {
            return;
        }

        var cancellation = TestContext.Current.CancellationToken;
        var dll = await PublishedSite.DllAsync();
        await using (var accounts = await StaffDatabase.OpenAsync(_data.DatabasePath))
        {
            await accounts.AddAsync(StaffEmail);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var environment = SiteEnvironment.For(_data, "Production");
        environment["Contact__RateLimit__PermitLimit"] = ContactLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _site = await SiteProcess.StartAsync(dll, environment, Path.GetTempPath(), TimeSpan.FromSeconds(90), [], cancellation);
        var readme = NginxSiteFile.FromReadme();
        _nginx = await NginxProxy.StartAsync(
            NginxPath,
            Certificate,
            (certificate, key) => NginxSiteFile.ForTest(readme, HttpPort, HttpsPort, _site.BaseAddress.Port, certificate, key),
            HttpPort,
            HttpsPort,
            cancellation);
    }

    /// <summary>Skips the test (fails it in CI) when nginx is not installed.</summary>
    public void RequireNginx() => SystemComponent.SkipOrFailWhenMissing(NginxPath is not null, "nginx", NginxProxy.Install);

    /// <summary>A reader's browser at <paramref name="from"/>, speaking https to nginx.</summary>
    public HttpClient Https(IPAddress from) => LoopbackClient.Create(new Uri($"https://{PublicHost}:{HttpsPort}/"), from, Certificate);

    /// <summary>A reader's browser at <paramref name="from"/>, speaking plain http to nginx.</summary>
    public HttpClient Http(IPAddress from) => LoopbackClient.Create(new Uri($"http://{PublicHost}:{HttpPort}/"), from, Certificate);

    /// <summary>Straight to the site's own port, as if nginx were not there, with the public host name.</summary>
    public HttpClient Direct() => LoopbackClient.Create(new Uri($"http://{PublicHost}:{Site.BaseAddress.Port}/"), IPAddress.Loopback, Certificate);

    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        _data.Dispose();
    }
}
