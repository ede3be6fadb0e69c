namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>
/// One row of <c>SignInFailures</c>: the failed sign-in tries counted under one key (an account, an address, the two
/// together, or a known device), shared by every instance. The key is a keyed hash (<see cref="RateKeyHasher"/>),
/// never the address or the email; a row is deleted once it is forgotten (<c>ExpiresAt</c>).
/// </summary>
public sealed class SignInFailureRow
{
    public required string Key { get; init; }

    public int Count { get; set; }

    public DateTime LastAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
