using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Slows guessing instead of locking accounts. Failures are counted per account (as typed, so an unknown email
/// is treated exactly like a known one) and per client address; past <see cref="SignInThrottleOptions.FreeTries"/>
/// each failure makes the next try wait longer. The account's wait is capped low, so an outsider's failures never
/// keep its owner out for more than a short delay, while the guessing address waits much longer. In memory: a
/// restart forgets, which only ever lets the owner in sooner.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    private const int PruneAbove = 10_000;
    private readonly SignInThrottleOptions _limits = options.Value;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>True while <paramref name="account"/> or <paramref name="address"/> must wait before another try.</summary>
    public bool MustWait(string account, string address)
    {
        var now = time.GetUtcNow();
        return WaitingUntil(AccountKey(account)) > now || WaitingUntil(AddressKey(address)) > now;
    }

    /// <summary>Counts a failed try against both the account and the address.</summary>
    public void RecordFailure(string account, string address)
    {
        var now = time.GetUtcNow();
        Count(AccountKey(account), now, TimeSpan.FromSeconds(_limits.AccountMaxDelaySeconds));
        Count(AddressKey(address), now, TimeSpan.FromSeconds(_limits.AddressMaxDelaySeconds));
        if (_failures.Count > PruneAbove)
        {
            foreach (var (key, failures) in _failures)
            {
                if (failures.Until < now)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>The right password (or code) clears the account's and the address's count.</summary>
    public void RecordSuccess(string account, string address)
    {
        _failures.TryRemove(AccountKey(account), out _);
        _failures.TryRemove(AddressKey(address), out _);
    }

    private DateTimeOffset WaitingUntil(string key) => _failures.TryGetValue(key, out var failures) ? failures.Until : DateTimeOffset.MinValue;

    private void Count(string key, DateTimeOffset now, TimeSpan maxDelay) =>
        _failures.AddOrUpdate(
            key,
            _ => new Failures(1, now),
            (_, earlier) =>
            {
                var count = earlier.Count + 1;
                var beyond = count - _limits.FreeTries;
                if (beyond <= 0)
                {
                    return new Failures(count, now);
                }

                var delay = TimeSpan.FromSeconds(_limits.FirstDelaySeconds * Math.Pow(2, Math.Min(beyond - 1, 20)));
                return new Failures(count, now + (delay < maxDelay ? delay : maxDelay));
            });

    private static string AccountKey(string account) => "account:" + account.Trim().ToUpperInvariant();

    private static string AddressKey(string address) => "address:" + address;

    private sealed record Failures(int Count, DateTimeOffset Until);
}
