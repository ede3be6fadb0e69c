using AttachmentGuide.Web.Data;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Contact;

/// <summary>
/// The submission limits counted in the database every instance shares, so a person (or a script) that lands on
/// two instances behind a load balancer still gets the limit once, not twice.
/// </summary>
public sealed class SharedSubmissionPermits(IRateWindows windows, IOptions<ContactRateLimitOptions> options) : ISubmissionPermits
{
    private readonly RateWindow[] _windows =
    [
        new("contact-window", options.Value.PermitLimit, TimeSpan.FromMinutes(options.Value.WindowMinutes)),
        new("contact-day", options.Value.PerDay, TimeSpan.FromDays(1)),
    ];

    public Task<bool> HasPermitAsync(string clientKey, CancellationToken cancellationToken) =>
        windows.HasRoomAsync(clientKey, _windows, cancellationToken);

    public Task<bool> TryTakeAsync(string clientKey, CancellationToken cancellationToken) =>
        windows.TryTakeAsync(clientKey, _windows, cancellationToken);
}
