using AttachmentGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Inquiries;

/// <summary>The staff header's figures: requests still New, and how many of those are past their reply-due time.</summary>
public sealed class InboxCounts(SiteDbContext db, TimeProvider time)
{
    public async Task<(int New, int Overdue)> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fresh = db.Inquiries.AsNoTracking().Where(i => i.Status == InquiryStatus.New);
        return (await fresh.CountAsync(cancellationToken), await fresh.CountAsync(i => i.ReplyDueAt != null && i.ReplyDueAt < now, cancellationToken));
    }
}
