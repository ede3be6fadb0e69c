namespace AttachmentGuide.Web.Data;

/// <summary>One fixed window of a limit: at most <paramref name="Permits"/> takes per <paramref name="Length"/>.</summary>
/// <param name="Name">Keeps the windows of one key apart (e.g. "10 minutes" and "day").</param>
public readonly record struct RateWindow(string Name, int Permits, TimeSpan Length);

/// <summary>
/// Fixed-window counters every instance of the site shares, so a client that lands on N instances does not get N
/// times the limit. Registered only where the database is shared (PostgreSQL); one SQLite instance counts in memory.
/// </summary>
public interface IRateWindows
{
    /// <summary>True when every window of <paramref name="key"/> has room for one more now; nothing is counted.</summary>
    Task<bool> HasRoomAsync(string key, IReadOnlyList<RateWindow> windows, CancellationToken cancellationToken);

    /// <summary>Counts one in every window at once, or in none of them when any is full (then false).</summary>
    Task<bool> TryTakeAsync(string key, IReadOnlyList<RateWindow> windows, CancellationToken cancellationToken);
}
