using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Contact;

/// <summary>
/// Counts only submissions that passed validation, so a person correcting mistakes is never
/// locked out by them. Keyed on the client address, which forwarded headers set from trusted proxies only. In memory:
/// right for one instance (SQLite); instances sharing a database count in it instead (<see cref="SharedSubmissionPermits"/>).
/// </summary>
public sealed class SubmissionRateLimiter : ISubmissionPermits, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SubmissionRateLimiter(IOptions<ContactRateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            Window(limits.PermitLimit, TimeSpan.FromMinutes(limits.WindowMinutes)),
            Window(limits.PerDay, TimeSpan.FromDays(1)));
    }

    /// <summary>
    /// Whether <paramref name="clientKey"/> has a permit left, without taking it: the permit is taken
    /// (<see cref="TryAcquire"/>) only once the inquiry is saved, so a failed save costs the person nothing.
    /// </summary>
    public bool HasPermit(string clientKey)
    {
        using var lease = _limiter.AttemptAcquire(clientKey, permitCount: 0);
        return lease.IsAcquired;
    }

    /// <summary>Takes one permit for <paramref name="clientKey"/>; false when the limit is reached.</summary>
    public bool TryAcquire(string clientKey)
    {
        using var lease = _limiter.AttemptAcquire(clientKey);
        return lease.IsAcquired;
    }

    public Task<bool> HasPermitAsync(string clientKey, CancellationToken cancellationToken) => Task.FromResult(HasPermit(clientKey));

    public Task<bool> TryTakeAsync(string clientKey, CancellationToken cancellationToken) => Task.FromResult(TryAcquire(clientKey));

    public void Dispose() => _limiter.Dispose();

    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true }));
}
