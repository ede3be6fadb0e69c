using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// Copies the WAL into the database and empties it after an erasure, so erased rows' old pages do not
/// linger in the -wal file. Best effort: a reader holding the WAL makes SQLite report busy, and the
/// next erasure tries again.
/// </summary>
public sealed class SqliteWalCheckpoint(SiteDbContext db) : IDatabaseMaintenance
{
    public async Task AfterErasureAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
}
