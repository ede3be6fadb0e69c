using AttachmentGuide.Web.Data.Postgres;
using AttachmentGuide.Web.Data.Sqlite;
using AttachmentGuide.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AttachmentGuide.Web.Data;

/// <summary>The one way in to the database, for the site and the command line alike.</summary>
public static class SiteDatabaseExtensions
{
    /// <summary>
    /// Registers <see cref="SiteDbContext"/> on the engine <c>Database:Provider</c> names, with what every
    /// engine needs (the personal-field protector, the write gate, maintenance and start-up preparation).
    /// </summary>
    public static IServiceCollection AddSiteDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseOptions.Sqlite;
        // Read here rather than through IOptions: the engine decides which services exist at all.
        if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSqliteDatabase(configuration);
        }
        else if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            services.AddPostgresDatabase(configuration);
        }
        else
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:Provider is '{provider}', which is not a supported database; the supported values are '{DatabaseOptions.Sqlite}' and '{DatabaseOptions.Postgres}'.");
        }

        services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.SectionName);
        services.AddSingleton<PersonalFieldProtector>();
        // Runs only under a host (the site), after its first page; the command line never starts hosted services.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FirstPageSignal>();
        services.AddHostedService<DatabaseWarmUp>();
        return services;
    }

    /// <summary>Makes the database ready before the site listens (see <see cref="IDatabaseStartup"/>).</summary>
    public static WebApplication PrepareSiteDatabase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<IDatabaseStartup>().Prepare();
        return app;
    }
}
