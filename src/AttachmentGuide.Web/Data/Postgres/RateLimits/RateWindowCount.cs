namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>
/// One row of the <c>RateWindows</c> table: how many times a key was counted in one window. The key is a keyed hash
/// (<see cref="RateKeyHasher"/>), never the client's address; a row is deleted once its window has ended.
/// </summary>
public sealed class RateWindowCount
{
    public required string Key { get; init; }

    public DateTime WindowStart { get; init; }

    public int Count { get; set; }

    public DateTime ExpiresAt { get; init; }
}
