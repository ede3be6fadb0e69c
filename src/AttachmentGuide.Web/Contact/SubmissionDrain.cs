namespace AttachmentGuide.Web.Contact;

/// <summary>
/// Counts contact submissions being saved and refuses new ones once the site has begun to stop (SIGTERM): a
/// submission that got in finishes and is acknowledged (Kestrel waits for it, up to HostOptions.ShutdownTimeout),
/// one that arrives later is told to send again instead of being cut off half-way.
/// </summary>
public sealed class SubmissionDrain
{
    private readonly Lock _lock = new();
    private bool _stopping;
    private int _inFlight;

    public SubmissionDrain(IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        lifetime.ApplicationStopping.Register(BeginStop);
    }

    public bool IsStopping
    {
        get
        {
            lock (_lock)
            {
                return _stopping;
            }
        }
    }

    public int InFlight
    {
        get
        {
            lock (_lock)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>From now on <see cref="TryEnter"/> refuses; what already entered goes on.</summary>
    public void BeginStop()
    {
        lock (_lock)
        {
            _stopping = true;
        }
    }

    /// <summary>A lease to dispose when the submission has its answer, or null when the site is stopping.</summary>
    public IDisposable? TryEnter()
    {
        lock (_lock)
        {
            if (_stopping)
            {
                return null;
            }

            _inFlight++;
            return new Lease(this);
        }
    }

    private void Leave()
    {
        lock (_lock)
        {
            _inFlight--;
        }
    }

    private sealed class Lease(SubmissionDrain drain) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                drain.Leave();
            }
        }
    }
}
