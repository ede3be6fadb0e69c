namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>
/// The one row of <c>RateKeySecrets</c>: the key every instance hashes rate-limit keys with, encrypted with the
/// shared Data Protection key ring, so the table of counts says nothing about who was counted.
/// </summary>
public sealed class RateKeySecret
{
    public int Id { get; init; }

    public required string ProtectedKey { get; init; }
}
