namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>
/// One writer at a time. SQLite serialises writers anyway; queuing them here avoids "database is
/// locked" under concurrent EF Core writes (dotnet/efcore#36295) and makes the token check race-free.
/// </summary>
public sealed class SqliteWriteGate(SqliteFileWatch fileWatch) : IDatabaseWriteGate, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public bool OrdersWriters => true;

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!fileWatch.IsStillTheOpenedFile())
        {
            throw new InvalidOperationException("The database file is no longer the one the site opened; nothing is written.");
        }

        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
