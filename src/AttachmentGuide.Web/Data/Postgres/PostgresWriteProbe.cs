using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// An update of the migration history that changes nothing, rolled back: PostgreSQL refuses it at once on a server
/// that does not take writes (a read-only standby, <c>default_transaction_read_only</c>, a user without the right),
/// with nothing left behind. Unlike SQLite's WAL, a full disk is not seen this way; the server reports that itself.
/// </summary>
public sealed class PostgresWriteProbe(SiteDbContext db) : IDatabaseWriteProbe
{
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"__EFMigrationsHistory\" SET \"ProductVersion\" = \"ProductVersion\" WHERE \"MigrationId\" = (SELECT min(\"MigrationId\") FROM \"__EFMigrationsHistory\")",
            cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }
}
