namespace AttachmentGuide.Web.Data;

/// <summary>
/// Entered around every write. A provider that cannot take concurrent writers queues them here;
/// one that can may let everyone through.
/// </summary>
public interface IDatabaseWriteGate
{
    /// <summary>Waits for this caller's turn to write; disposing the result ends it.</summary>
    Task<IDisposable> EnterAsync(CancellationToken cancellationToken);
}
