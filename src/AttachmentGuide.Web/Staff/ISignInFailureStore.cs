namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Where <see cref="SignInThrottle"/> keeps its counts: one instance's memory (<see cref="MemorySignInFailureStore"/>),
/// or the database every instance shares (PostgreSQL), so a guesser who lands on two instances is not given twice the
/// tries before the waits.
/// </summary>
public interface ISignInFailureStore
{
    /// <summary>
    /// Reads the records of <paramref name="keys"/> into a dictionary (a key with no record is absent), runs
    /// <paramref name="change"/> on it, and stores what it leaves: a key present is written, a key absent is deleted.
    /// No other change to any of these keys, on any instance, runs in between.
    /// </summary>
    Task<T> ChangeAsync<T>(IReadOnlyList<string> keys, Func<Dictionary<string, SignInFailures>, T> change, CancellationToken cancellationToken);
}
