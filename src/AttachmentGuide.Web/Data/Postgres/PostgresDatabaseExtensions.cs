using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Data.Postgres.ContentNotices;
using AttachmentGuide.Web.Data.Postgres.RateLimits;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>The PostgreSQL case of <see cref="SiteDatabaseExtensions.AddSiteDatabase"/>.</summary>
public static class PostgresDatabaseExtensions
{
    public const string ConnectionStringName = "Inquiries";

    public static IServiceCollection AddPostgresDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = Resolve(configuration);
        // Registered as SiteDbContext, which every store asks for; built as the PostgreSQL type for its migrations.
        services.AddDbContext<SiteDbContext, PostgresSiteDbContext>(options => options.UseNpgsql(connectionString));
        services.AddDbContext<KeyRingDbContext>(options => options.UseNpgsql(connectionString, KeyRingDbContext.UseOwnHistory));
        services.AddSingleton<IDatabaseWriteGate, PostgresWriteGate>();
        services.AddScoped<IDatabaseMaintenance, PostgresMaintenance>();
        services.AddSingleton<IDatabaseStartup, PostgresDatabaseStartup>();
        services.AddScoped<IDatabaseWriteProbe, PostgresWriteProbe>();
        // Instances share one database, so they share the rate limits too (see PostgresRateWindows).
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<RateKeyHasher>();
        services.AddSingleton<IRateWindows, PostgresRateWindows>();
        services.AddSingleton<Staff.ISignInFailureStore, PostgresSignInFailureStore>();
        // A content change made through one instance is announced to the others, which listen for it.
        services.AddSingleton<ContentNoticeChannel>();
        services.AddSingleton<IContentChangeNotice, PostgresContentNotice>();
        services.AddHostedService<PostgresContentListener>();
        return services;
    }

    /// <summary>There is no sensible default server, so a missing or unreadable setting stops start-up naming it.</summary>
    public static string Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var setting = $"ConnectionStrings:{ConnectionStringName}";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new SiteStartupException(
                $"{DatabaseOptions.SectionName}:Provider is '{DatabaseOptions.Postgres}', but {setting} is not set. Set it to the "
                + "PostgreSQL connection string (environment ConnectionStrings__Inquiries=\"Host=...;Database=...;Username=...;Password=...\").");
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;
        }
        catch (ArgumentException exception)
        {
            // The value itself is not repeated: it may hold a password.
            throw new SiteStartupException($"{setting} is not a PostgreSQL connection string ({exception.Message}).");
        }
    }
}
