using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Cli;

/// <summary>The staff accounts in the site's database, opened the way every <c>staff</c> command needs them.</summary>
public sealed class StaffAccounts : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private StaffAccounts(ServiceProvider provider, AsyncServiceScope scope)
    {
        _provider = provider;
        _scope = scope;
    }

    public UserManager<StaffUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();

    public StaffRoleChanges Roles => _scope.ServiceProvider.GetRequiredService<StaffRoleChanges>();

    public AuditLog Audit => _scope.ServiceProvider.GetRequiredService<AuditLog>();

    public TimeProvider Time => _scope.ServiceProvider.GetRequiredService<TimeProvider>();

    /// <summary>
    /// Says on <paramref name="error"/> which database is used, then migrates it. A database that does not
    /// exist yet is created only when <paramref name="mayCreate"/>; otherwise this says so and returns null.
    /// </summary>
    public static async Task<StaffAccounts?> OpenAsync(bool mayCreate, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ServiceProvider provider;
        try
        {
            provider = StaffServices.Build(CliConfiguration.Build());
        }
        catch (InvalidOperationException settings)
        {
            // A setting the site would refuse at start (e.g. an unknown Database:Provider): one line, not a stack trace.
            StaffErrors.Fail(error, settings.Message);
            return null;
        }

        var accounts = new StaffAccounts(provider, provider.CreateAsyncScope());
        var db = accounts._scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        // Say which database is used: a wrong working directory would otherwise quietly use an empty one.
        var databasePath = db.Database.GetDbConnection().DataSource;
        error.WriteLine($"Database: {Describe(db)}");
        if (Path.IsPathFullyQualified(databasePath) && !File.Exists(databasePath))
        {
            if (!mayCreate)
            {
                StaffErrors.Fail(error, $"there is no database at {databasePath}. Run this from the folder the site is started from, or set ConnectionStrings__Inquiries to the site's database");
                await accounts.DisposeAsync();
                return null;
            }

            error.WriteLine($"Note: there is no database at {databasePath} yet, so it is created now. If the site is started from another folder or with ConnectionStrings__Inquiries set, run this command there or with that setting instead.");
        }

        await db.Database.MigrateAsync(cancellationToken);
        return accounts;
    }

    /// <summary>The SQLite file, or the PostgreSQL server and database (never the password).</summary>
    private static string Describe(SiteDbContext db)
    {
        if (!db.Database.IsNpgsql())
        {
            return db.Database.GetDbConnection().DataSource;
        }

        var connection = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        return $"{connection.Host}:{connection.Port}/{connection.Database}";
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
