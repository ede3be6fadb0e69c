using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// The Data Protection key ring in the shared PostgreSQL database, so a cookie or a field one instance encrypted is
/// read by every other. A context of its own (own migrations, own history table): the site's model and SQLite's
/// schema stay as they are. The keys are stored as Data Protection writes them, so a configured certificate still
/// encrypts them at rest.
/// </summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string HistoryTable = "__KeyRingMigrationsHistory";

    /// <summary>Its migrations are recorded apart, so the site's own history lists only the site's migrations.</summary>
    public static void UseOwnHistory(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql)
    {
        ArgumentNullException.ThrowIfNull(npgsql);
        npgsql.MigrationsHistoryTable(HistoryTable);
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
