using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Slows guessing without giving anyone a way to keep a person out. Only a try whose password (or code) is
/// checked counts: a try refused because it must wait changes nothing, so posting during a wait never extends it.
/// <list type="bullet">
/// <item>Per address: its failures at any account make its next try wait, doubling up to
/// <see cref="SignInThrottleOptions.AddressMaxDelaySeconds"/>. This is what slows one guesser.</item>
/// <item>Per account: failures from everywhere set a delay of at most <see cref="SignInThrottleOptions.AccountMaxDelaySeconds"/>.
/// An address that has failed <see cref="SignInThrottleOptions.FreeTries"/> times waits it from the account's last
/// failure, which anyone can keep running; an address in good standing waits it only from its own last try at the
/// account, so the owner, typing from their own address, is in after at most that delay whatever others do.</item>
/// <item>A known device (<see cref="KnownDevices"/>) skips both and is counted on its own, like an address.</item>
/// </list>
/// A try that may be checked is counted as failed before the check, so a burst of parallel tries cannot slip
/// past together; <see cref="SucceededAsync"/> takes it back. The counts live in <see cref="ISignInFailureStore"/>:
/// one instance's memory, or the database every instance shares.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time, ISignInFailureStore store)
{
    private readonly SignInThrottleOptions _limits = options.Value;

    private TimeSpan AccountMaxDelay => TimeSpan.FromSeconds(_limits.AccountMaxDelaySeconds);

    private TimeSpan AddressMaxDelay => TimeSpan.FromSeconds(_limits.AddressMaxDelaySeconds);

    /// <summary>
    /// True when the try may be checked now; it is then already counted as a failure. False when it must wait:
    /// nothing is counted, and the caller answers exactly as for a wrong password.
    /// </summary>
    public Task<bool> TryBeginAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return store.ChangeAsync(KeysOf(attempt), records =>
        {
            var now = time.GetUtcNow();
            if (!MayCheck(attempt, records, now))
            {
                return false;
            }

            foreach (var key in CountedUnder(attempt))
            {
                var earlier = Find(records, key, now);
                records[key] = new SignInFailures((earlier?.Count ?? 0) + 1, now);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The right password (or code): the account, this address's record of it and the device start again. The address
    /// keeps its other failures, less this try's: one success says nothing about its guesses at other accounts.
    /// </summary>
    public Task SucceededAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return store.ChangeAsync(KeysOf(attempt), records =>
        {
            var address = AddressKey(attempt.Address);
            foreach (var key in CountedUnder(attempt))
            {
                if (key == address && records.TryGetValue(key, out var failures) && failures.Count > 1)
                {
                    records[key] = failures with { Count = failures.Count - 1 };
                }
                else
                {
                    records.Remove(key);
                }
            }

            return true;
        }, cancellationToken);
    }

    private bool MayCheck(SignInAttempt attempt, Dictionary<string, SignInFailures> records, DateTimeOffset now)
    {
        if (attempt.KnownDevice is { } device)
        {
            return !IsWaiting(Find(records, DeviceKey(device), now), AddressMaxDelay, now);
        }

        var address = Find(records, AddressKey(attempt.Address), now);
        if (IsWaiting(address, AddressMaxDelay, now))
        {
            return false;
        }

        var account = Find(records, AccountKey(attempt.Account), now);
        var accountDelay = Delay(account, AccountMaxDelay);
        if (account is null || account.Last + accountDelay <= now)
        {
            return true;
        }

        var inGoodStanding = (address?.Count ?? 0) < _limits.FreeTries;
        var ownLastTry = Find(records, PairKey(attempt), now)?.Last;
        return inGoodStanding && (ownLastTry is null || ownLastTry + accountDelay <= now);
    }

    /// <summary>Every key the decision reads: a known device is decided by its own count alone.</summary>
    private static string[] KeysOf(SignInAttempt attempt) => [.. CountedUnder(attempt)];

    private static IEnumerable<string> CountedUnder(SignInAttempt attempt) =>
        attempt.KnownDevice is { } device
            ? [DeviceKey(device)]
            : [AccountKey(attempt.Account), AddressKey(attempt.Address), PairKey(attempt)];

    private bool IsWaiting(SignInFailures? failures, TimeSpan maxDelay, DateTimeOffset now) =>
        failures is not null && failures.Last + Delay(failures, maxDelay) > now;

    private TimeSpan Delay(SignInFailures? failures, TimeSpan maxDelay)
    {
        var beyond = (failures?.Count ?? 0) - _limits.FreeTries;
        if (beyond <= 0)
        {
            return TimeSpan.Zero;
        }

        var delay = TimeSpan.FromSeconds(_limits.FirstDelaySeconds * Math.Pow(2, Math.Min(beyond - 1, 20)));
        return delay < maxDelay ? delay : maxDelay;
    }

    /// <summary>A record not yet forgotten; an older one counts as none (the store prunes it in its own time).</summary>
    private SignInFailures? Find(Dictionary<string, SignInFailures> records, string key, DateTimeOffset now) =>
        records.TryGetValue(key, out var failures) && failures.Last + _limits.ForgetAfter >= now ? failures : null;

    private static string AccountKey(string account) => "account:" + Normalise(account);

    private static string AddressKey(string address) => "address:" + address;

    private static string PairKey(SignInAttempt attempt) => "pair:" + attempt.Address + " " + Normalise(attempt.Account);

    private static string DeviceKey(string device) => "device:" + device;

    private static string Normalise(string account) => account.Trim().ToUpperInvariant();
}
