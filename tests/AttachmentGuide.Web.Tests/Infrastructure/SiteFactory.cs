using System.Data.Common;
using AttachmentGuide.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// Hosts the site in memory on a chosen content folder and environment, on its own database: a SQLite file in its
/// data folder, or a new PostgreSQL database where <see cref="TestDatabase"/> says so (made on first use, dropped
/// with the factory).
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly SiteDataFolder _data = new("ag-web-tests-");
    private PostgresDatabase? _postgres;

    public SiteFactory(string contentPath, string environment)
    {
        ContentPath = contentPath;
        EnvironmentName = environment;
    }

    /// <summary>This host's own data folder (database and keys), removed when the factory is disposed.</summary>
    public string DataPath => _data.Path;

    /// <summary>The SQLite file; on PostgreSQL there is none (<see cref="OpenStore"/> reads either).</summary>
    public string DatabasePath => _data.DatabasePath;

    /// <summary>The settings that name this site's database (its engine and connection string), for a command run beside it.</summary>
    public Dictionary<string, string> StoreSettings() => _postgres is { } postgres
        ? new(StringComparer.Ordinal) { ["Database:Provider"] = DatabaseOptions.Postgres, ["ConnectionStrings:Inquiries"] = postgres.ConnectionString }
        : new(StringComparer.Ordinal) { ["ConnectionStrings:Inquiries"] = $"Data Source={DatabasePath}" };

    /// <summary>
    /// The files the site's data lands in on disk: the SQLite file and its write-ahead log, or the PostgreSQL
    /// database's files and the server's newest log segments.
    /// </summary>
    public IReadOnlyList<string> StoreFiles() =>
        _postgres is { } postgres ? postgres.Files : [DatabasePath, DatabasePath + "-wal"];

    /// <summary>The site's database, opened as an operator would with sqlite3 or psql.</summary>
    public DbConnection OpenStore()
    {
        DbConnection connection = _postgres is { } postgres
            ? new NpgsqlConnection(postgres.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = DatabasePath,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString());
        if (_postgres is null)
        {
            Assert.True(File.Exists(DatabasePath), $"The database {DatabasePath} does not exist");
        }

        connection.Open();
        return connection;
    }

    public string ContentPath { get; }

    public string EnvironmentName { get; }

    /// <summary>A client that keeps redirects visible, so a test sees exactly what the site answered.</summary>
    public HttpClient CreatePlainClient(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri(baseAddress),
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Content:Watch", "false");
        if (TestDatabase.OnPostgres)
        {
            _postgres ??= PostgresCluster.Shared.CreateDatabase();
            builder.UseSetting("Database:Provider", DatabaseOptions.Postgres);
            builder.UseSetting("ConnectionStrings:Inquiries", _postgres.ConnectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Inquiries", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("DataProtection:KeysPath", _data.KeysPath);
        builder.UseSetting("Images:CachePath", Path.Combine(_data.Path, "images"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:AttachmentGuide.Web.Content.SiteContent", "Error");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
            _postgres?.Dispose();
        }
    }
}

/// <summary>The site on the repository's real content/ folder, in Development.</summary>
public sealed class RealSiteFactory : SiteFactory
{
    public RealSiteFactory()
        : base(TestPaths.RealContent, "Development")
    {
    }
}

/// <summary>The site on the real content/ folder, in Production.</summary>
public sealed class ProductionSiteFactory : SiteFactory
{
    public ProductionSiteFactory()
        : base(TestPaths.RealContent, "Production")
    {
    }
}

/// <summary>The site on the fixture folder (drafts, hostile Markdown), in Development.</summary>
public sealed class FixtureSiteFactory : SiteFactory
{
    public FixtureSiteFactory()
        : base(TestPaths.Fixture("Site"), "Development")
    {
    }
}
