using AttachmentGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Notifications;

/// <summary>The newest outbox rows for the staff page: reference, kind, outcome, tries and the server's last words.</summary>
public sealed class OutboxHistory(SiteDbContext db)
{
    public async Task<IReadOnlyList<OutboxMessage>> RecentAsync(int count, CancellationToken cancellationToken) =>
        await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(count).ToListAsync(cancellationToken);
}
