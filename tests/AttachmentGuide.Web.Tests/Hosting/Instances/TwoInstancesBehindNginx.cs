using System.Globalization;
using System.Net;
using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Tests.Editing;
using AttachmentGuide.Web.Tests.Hosting.BehindNginx;
using AttachmentGuide.Web.Tests.Infrastructure;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Hosting.Instances;

/// <summary>
/// Two published site processes in Production on one PostgreSQL database and one content folder (polled, as on
/// shared storage), both sending email alerts to one test mail server, behind nginx with README.md's upstream block
/// and site file, all on loopback. One staff account can sign in; the contact limit is
/// <see cref="ContactLimit"/> accepted forms per address, so a test can reach it.
/// </summary>
public sealed class TwoInstancesBehindNginx : IAsyncLifetime
{
    public const string PublicHost = BehindNginxSite.PublicHost;
    public const string StaffEmail = "two-instances@clinic.example";
    public const int ContactLimit = 2;
    public const string ArticleSlug = "shared-between-instances";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly SiteDataFolder[] _data = [new("ag-instance-a-"), new("ag-instance-b-")];
    private readonly SiteProcess?[] _instances = new SiteProcess?[2];
    private readonly int[] _ports = [NginxProxy.FreePort(), NginxProxy.FreePort()];
    private PostgresDatabase? _database;
    private NginxProxy? _nginx;
    private string? _dll;

    public string? NginxPath { get; } = NginxProxy.Find();

    public TestCertificate Certificate { get; } = TestCertificate.For(PublicHost);

    public int HttpsPort { get; } = NginxProxy.FreePort();

    private int HttpPort { get; } = NginxProxy.FreePort();

    public string ContentPath { get; } = CopiedContentSiteFactory.CopyOfRealContent();

    public TestSmtpServer Smtp { get; } = TestSmtpServer.Create();

    public IReadOnlyList<int> Ports => _ports;

    public string ArticleFile => Path.Combine(ContentPath, "articles", ArticleSlug + ".md");

    /// <summary>Both instances' output and nginx's error log, for failure messages.</summary>
    public string Output =>
        $"nginx:\n{_nginx?.ErrorLog}\ninstance A:\n{_instances[0]?.Output}\ninstance B:\n{_instances[1]?.Output}";

    private string ConnectionString => (_database ?? throw new InvalidOperationException("PostgreSQL is missing.")).ConnectionString;

    public async ValueTask InitializeAsync()
    {
        if (NginxPath is null || PostgresCluster.BinFolder is null)
        {
            return;
        }

        var cancellation = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(ArticleFile, ArticleText("Written before the instances started"), cancellation);
        _database = PostgresCluster.Shared.CreateDatabase();
        await Smtp.StartAsync();
        _dll = await PublishedSite.DllAsync();
        await using (var accounts = await StaffDatabase.OpenAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Inquiries"] = ConnectionString,
        }))
        {
            await accounts.AddWithRolesAsync(StaffEmail, "admin");
        }

        // Both at once, as after a deploy: one applies what is left to migrate (the key ring) and the other waits.
        await Task.WhenAll(StartAsync(0, cancellation), StartAsync(1, cancellation));
        _nginx = await NginxProxy.StartAsync(
            NginxPath,
            Certificate,
            (certificate, key) => NginxSiteFile.ForInstances(_ports, HttpPort, HttpsPort, certificate, key),
            HttpPort,
            HttpsPort,
            cancellation);
    }

    /// <summary>Skips the test (fails it in CI) when nginx or PostgreSQL is not installed.</summary>
    public void RequireComponents()
    {
        SystemComponent.SkipOrFailWhenMissing(NginxPath is not null, "nginx", NginxProxy.Install);
        SystemComponent.SkipOrFailWhenMissing(PostgresCluster.BinFolder is not null, "PostgreSQL (initdb, pg_ctl)", PostgresCluster.Install);
    }

    public SiteProcess Instance(int index) => _instances[index] ?? throw new InvalidOperationException($"Instance {index} is not running.");

    /// <summary>A reader's browser at <paramref name="from"/>, speaking https to nginx, which picks the instance.</summary>
    public HttpClient ThroughNginx(IPAddress from) => LoopbackClient.Create(new Uri($"https://{PublicHost}:{HttpsPort}/"), from, Certificate);

    /// <summary>A reader's browser at <paramref name="from"/> whose requests the test sends to the instance it names.</summary>
    public static PinnedBrowser Pinned(IPAddress from) => new(from, PublicHost);

    /// <summary>Ends instance <paramref name="index"/> with SIGKILL.</summary>
    public void Kill(int index)
    {
        Instance(index).Kill();
    }

    /// <summary>Starts instance <paramref name="index"/> again on its own port, after a kill, as its service manager would.</summary>
    public async Task RestartAsync(int index, CancellationToken cancellationToken)
    {
        if (_instances[index] is { } old)
        {
            await old.DisposeAsync();
        }

        await StartAsync(index, cancellationToken);
    }

    /// <summary>The stored inquiry's id and reference for a form's submission token, or null when it was not stored.</summary>
    public async Task<(Guid Id, string Reference)?> StoredAsync(string submissionToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var query = new NpgsqlCommand("""SELECT "Id", "Reference" FROM "Inquiries" WHERE "SubmissionToken" = $1""", connection);
        query.Parameters.AddWithValue(Guid.Parse(submissionToken));
        await using var reader = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        if (!await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            return null;
        }

        var found = (reader.GetGuid(0), reader.GetString(1));
        Assert.False(await reader.ReadAsync(TestContext.Current.CancellationToken), $"The form {submissionToken} was stored twice.");
        return found;
    }

    public static string ArticleText(string title) =>
        $"---\ntitle: {title}\nsummary: An article two instances serve from one folder.\n---\n\n## Part\n\nWords on shared storage.\n";

    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        foreach (var instance in _instances)
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }

        await Smtp.DisposeAsync();
        _database?.Dispose();
        foreach (var data in _data)
        {
            data.Dispose();
        }

        Directory.Delete(ContentPath, recursive: true);
    }

    private async Task StartAsync(int index, CancellationToken cancellationToken)
    {
        var environment = SiteEnvironment.For(_data[index], "Production");
        environment["Database__Provider"] = "Postgres";
        environment["ConnectionStrings__Inquiries"] = ConnectionString;
        environment["Content__Path"] = ContentPath;
        environment["Content__PollSeconds"] = "1";
        environment["Contact__RateLimit__PermitLimit"] = ContactLimit.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in AlertSettings.For(Smtp.Port))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _instances[index] = await SiteProcess.StartAsync(_dll!, environment, Path.GetTempPath(), StartTimeout, [], _ports[index], cancellationToken);
    }
}
