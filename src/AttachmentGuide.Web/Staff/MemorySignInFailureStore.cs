using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// The sign-in counts of one instance, in memory: a restart forgets them, which only lets people in sooner.
/// Records older than <see cref="SignInThrottleOptions.ForgetAfter"/> are pruned once a minute.
/// </summary>
public sealed class MemorySignInFailureStore(IOptions<SignInThrottleOptions> options, TimeProvider time) : ISignInFailureStore
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private readonly TimeSpan _forgetAfter = options.Value.ForgetAfter;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SignInFailures> _failures = new(StringComparer.Ordinal);
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;

    public Task<T> ChangeAsync<T>(IReadOnlyList<string> keys, Func<Dictionary<string, SignInFailures>, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            Prune(time.GetUtcNow());
            var records = new Dictionary<string, SignInFailures>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (_failures.TryGetValue(key, out var failures))
                {
                    records[key] = failures;
                }
            }

            var result = change(records);
            foreach (var key in keys)
            {
                if (records.TryGetValue(key, out var failures))
                {
                    _failures[key] = failures;
                }
                else
                {
                    _failures.Remove(key);
                }
            }

            return Task.FromResult(result);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (now - _prunedAt < PruneEvery)
        {
            return;
        }

        _prunedAt = now;
        foreach (var (key, failures) in _failures)
        {
            if (failures.Last + _forgetAfter < now)
            {
                _failures.Remove(key);
            }
        }
    }
}
