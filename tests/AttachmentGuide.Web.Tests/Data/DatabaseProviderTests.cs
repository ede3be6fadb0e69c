using AttachmentGuide.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary><c>Database:Provider</c> picks the engine; a name the site does not know stops it with a reason.</summary>
public sealed class DatabaseProviderTests
{
    private static IConfiguration Settings(string? provider) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Inquiries"] = "Data Source=:memory:",
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

    [Fact]
    public void An_unknown_provider_is_refused_with_the_setting_and_the_supported_value_named()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddSiteDatabase(Settings("Postgres")));

        Assert.Contains("Database:Provider", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Postgres'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", failure.Message, StringComparison.Ordinal);
    }
}
