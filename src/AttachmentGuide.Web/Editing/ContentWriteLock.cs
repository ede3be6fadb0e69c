namespace AttachmentGuide.Web.Editing;

/// <summary>
/// One content change at a time in this process, so "compare the hash, then write" cannot interleave: of two editors
/// saving the same file at once, one wins and the other is shown the conflict. A singleton; the editor is scoped.
/// </summary>
public sealed class ContentWriteLock : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_one);
    }

    public void Dispose() => _one.Dispose();

    private sealed class Releaser(SemaphoreSlim one) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                one.Release();
            }
        }
    }
}
