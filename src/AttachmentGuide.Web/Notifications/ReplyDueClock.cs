using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Staff;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Notifications;

/// <summary>When a reply to a request received now is due, from the site's current <c>reply_within</c> and <c>closed_dates</c>.</summary>
public sealed class ReplyDueClock(SiteContent content, IOptions<ClinicOptions> clinic)
{
    /// <summary>UTC, or null when site.yml promises no reply time.</summary>
    public DateTime? DueFor(DateTime receivedAtUtc)
    {
        var site = content.Library.Site;
        return site.ReplyWithin is { } window
            ? ReplyDueCalculator.DueUtc(receivedAtUtc, window, clinic.Value.Zone, site.ClosedDates)
            : null;
    }
}
