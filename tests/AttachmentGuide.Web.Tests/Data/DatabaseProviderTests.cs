using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Data.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary><c>Database:Provider</c> picks the engine; a name the site does not know, or PostgreSQL without its connection string, stops it with a reason.</summary>
public sealed class DatabaseProviderTests
{
    private static IConfiguration Settings(string? provider, string? connectionString = "Data Source=:memory:") => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Inquiries"] = connectionString,
            ["Database:Provider"] = provider,
        })
        .Build();

    [Theory]
    [InlineData(null)]
    [InlineData("Sqlite")]
    [InlineData("sqlite")]
    public void Sqlite_or_no_setting_registers_the_site_database(string? provider)
    {
        var services = new ServiceCollection().AddSiteDatabase(Settings(provider));

        Assert.Contains(services, d => d.ServiceType == typeof(SiteDbContext));
        Assert.Contains(services, d => d.ServiceType == typeof(IDatabaseStartup));
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public void Postgres_with_a_connection_string_registers_the_site_database_on_npgsql(string provider)
    {
        var services = new ServiceCollection().AddSiteDatabase(Settings(provider, "Host=127.0.0.1;Database=ag;Username=ag;Password=secret"));
        services.AddLogging().AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        using var built = services.BuildServiceProvider();
        using var scope = built.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        Assert.IsType<PostgresSiteDbContext>(db);
        Assert.True(db.Database.IsNpgsql());
        Assert.IsType<PostgresDatabaseStartup>(scope.ServiceProvider.GetRequiredService<IDatabaseStartup>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Postgres_without_a_connection_string_stops_start_up_naming_the_setting(string? connectionString)
    {
        var failure = Assert.Throws<SiteStartupException>(() => new ServiceCollection().AddSiteDatabase(Settings("Postgres", connectionString)));

        Assert.Contains("ConnectionStrings:Inquiries", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Postgres'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_postgres_cannot_read_stops_start_up_without_repeating_it()
    {
        var failure = Assert.Throws<SiteStartupException>(() => new ServiceCollection().AddSiteDatabase(Settings("Postgres", "Hots=db;Password=hunter2")));

        Assert.Contains("ConnectionStrings:Inquiries", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_setting_and_the_supported_values_named()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddSiteDatabase(Settings("Oracle")));

        Assert.Contains("Database:Provider", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Oracle'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Postgres'", failure.Message, StringComparison.Ordinal);
    }
}
