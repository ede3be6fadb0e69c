namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// Lets every writer through: PostgreSQL takes concurrent writers itself, and a gate in one process could not hold
/// back the other instances anyway. What must not race (a double submit, an alert claim) is settled in the database.
/// </summary>
public sealed class PostgresWriteGate : IDatabaseWriteGate
{
    public bool OrdersWriters => false;

    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable>(Open.Instance);

    private sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();

        public void Dispose()
        {
        }
    }
}
