namespace AttachmentGuide.Web.Data;

/// <summary>
/// Entered around every write. A provider that cannot take concurrent writers queues them here;
/// one that can may let everyone through.
/// </summary>
public interface IDatabaseWriteGate
{
    /// <summary>
    /// True when writers pass one at a time, so a check made inside the gate still holds when the write is made;
    /// false when they run at once and the database's own constraints must settle a race.
    /// </summary>
    bool OrdersWriters { get; }

    /// <summary>Waits for this caller's turn to write; disposing the result ends it.</summary>
    Task<IDisposable> EnterAsync(CancellationToken cancellationToken);
}
