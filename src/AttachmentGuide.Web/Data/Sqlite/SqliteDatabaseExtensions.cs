using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>The SQLite case of <see cref="SiteDatabaseExtensions.AddSiteDatabase"/>.</summary>
public static class SqliteDatabaseExtensions
{
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = SqliteConnectionStrings.Resolve(configuration);
        services.AddSingleton(new SqliteConnectionString(connectionString));
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddDbContext<SiteDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>()));
        services.AddSingleton<SqliteFileWatch>();
        services.AddSingleton<IDatabaseWriteGate, SqliteWriteGate>();
        services.AddScoped<IDatabaseMaintenance, SqliteWalCheckpoint>();
        services.AddSingleton<IDatabaseStartup, SqliteDatabaseStartup>();
        services.AddSingleton<IDatabaseWriteProbe, SqliteWriteProbe>();
        return services;
    }
}
