using AttachmentGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Notifications;

/// <summary>
/// Takes the next due alert for one sender: its next-try time moves to the lease's end, so no other sender takes it
/// until then. Several senders (one per site instance) may ask at once; each message goes to exactly one of them.
/// </summary>
public sealed class OutboxClaim(SiteDbContext db, IDatabaseWriteGate gate)
{
    /// <summary>The claimed message as it was before the claim, or null when nothing is due at <paramref name="now"/>.</summary>
    public Task<OutboxMessage?> NextAsync(DateTime now, DateTime leaseEnds, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql() ? NextLockedAsync(now, leaseEnds, cancellationToken) : NextComparedAsync(now, leaseEnds, cancellationToken);

    /// <summary>
    /// PostgreSQL: one statement that locks the row it picks and passes over rows another sender has locked, so
    /// concurrent senders take different messages instead of queueing behind one another.
    /// </summary>
    private async Task<OutboxMessage?> NextLockedAsync(DateTime now, DateTime leaseEnds, CancellationToken cancellationToken)
    {
        var pending = nameof(OutboxStatus.Pending);
        var claimed = await db.Outbox.FromSql($"""
            UPDATE "Outbox" AS claimed SET "NextAttemptAt" = {leaseEnds}
            FROM (SELECT "Id", "NextAttemptAt" FROM "Outbox"
                  WHERE "Status" = {pending} AND "NextAttemptAt" <= {now}
                  ORDER BY "NextAttemptAt" LIMIT 1 FOR UPDATE SKIP LOCKED) AS due
            WHERE claimed."Id" = due."Id"
            RETURNING claimed."Id", claimed."Kind", claimed."InquiryId", claimed."Reference", claimed."Status",
                claimed."CreatedAt", due."NextAttemptAt", claimed."Attempts", claimed."LastAttemptAt",
                claimed."LastResponse", claimed."SentAt"
            """).AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }

    /// <summary>
    /// SQLite has no row locks: the claim is a compare-and-set on the next-try time read a moment before, under the
    /// write gate; a sender that loses the race reads again.
    /// </summary>
    private async Task<OutboxMessage?> NextComparedAsync(DateTime now, DateTime leaseEnds, CancellationToken cancellationToken)
    {
        while (true)
        {
            var candidate = await db.Outbox.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            int claimed;
            using (await gate.EnterAsync(cancellationToken))
            {
                claimed = await db.Outbox
                    .Where(m => m.Id == candidate.Id && m.Status == OutboxStatus.Pending && m.NextAttemptAt == candidate.NextAttemptAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, leaseEnds), cancellationToken);
            }

            if (claimed == 1)
            {
                return candidate;
            }
        }
    }
}
