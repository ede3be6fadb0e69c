namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// Nothing to do after an erasure: PostgreSQL keeps no side file the site can rewrite, like SQLite's WAL, and dead
/// row versions are reclaimed by autovacuum.
/// </summary>
public sealed class PostgresMaintenance : IDatabaseMaintenance
{
    public Task AfterErasureAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
