using System.Threading.Channels;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// Wakes the sender when a new alert is committed, so it goes within seconds rather than at the next poll.
/// Many wakes before the sender looks count as one.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Returns when woken or when <paramref name="timeout"/> has passed on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _wakes.Reader.WaitToReadAsync(linked.Token).AsTask();
        var elapsed = Task.Delay(timeout, time, linked.Token);
        await Task.WhenAny(woken, elapsed).ConfigureAwait(false);
        await linked.CancelAsync().ConfigureAwait(false);
        _wakes.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
