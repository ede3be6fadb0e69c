using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AttachmentGuide.Web.Inquiries;

/// <summary>
/// The inquiries in <see cref="SiteDbContext"/>. The model encrypts and decrypts the personal fields,
/// so plain values go in and come out here.
/// </summary>
public sealed class EfInquiryStore(SiteDbContext db, IDatabaseWriteGate gate, IDatabaseMaintenance maintenance, InquiryArrival arrival, TimeProvider time) : IInquiryStore
{
    public async Task<StoredInquiry> SaveAsync(NewInquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        using (await gate.EnterAsync(cancellationToken))
        {
            // A double submit is settled here where writers pass one at a time (SQLite). Where they run at once
            // (PostgreSQL) a look here would not close the race, only cost a round trip: the unique index settles it.
            if (gate.OrdersWriters && await FindBySubmissionTokenAsync(inquiry.SubmissionToken, cancellationToken) is { } existing)
            {
                return existing;
            }

            var entity = new Inquiry
            {
                Id = Guid.CreateVersion7(),
                Reference = await UnusedReferenceAsync(cancellationToken),
                SubmissionToken = inquiry.SubmissionToken,
                ReceivedAt = time.GetUtcNow().UtcDateTime,
                Content = inquiry.Content,
                Status = InquiryStatus.New,
            };
            db.Inquiries.Add(entity);
            // Its alert and reminder go in the same SaveChanges, one transaction: a stored inquiry always has them.
            arrival.Prepare(db, entity);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same form sent twice at once to two instances (the gate only orders one process's writers): a
                // unique index refused the second copy, and the first one's answer is this one's too.
                db.ChangeTracker.Clear();
                if (await FindBySubmissionTokenAsync(inquiry.SubmissionToken, cancellationToken) is not { } stored)
                {
                    throw; // another unique column (a reference drawn twice at once): a real failure, not a double submit
                }

                return stored;
            }

            db.ChangeTracker.Clear();
            arrival.Committed();
            return new StoredInquiry(entity.Id, entity.Reference, Created: true);
        }
    }

    public async Task<StoredInquiry?> FindBySubmissionTokenAsync(Guid submissionToken, CancellationToken cancellationToken)
    {
        var existing = await db.Inquiries.AsNoTracking()
            .Where(i => i.SubmissionToken == submissionToken)
            .Select(i => new { i.Id, i.Reference })
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null ? null : new StoredInquiry(existing.Id, existing.Reference, Created: false);
    }

    public async Task<InquiryPage> ListAsync(InquiryStatus? status, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var query = Filter(status);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var now = time.GetUtcNow().UtcDateTime;
        // Overdue requests first (oldest due first), then the rest newest first.
        var items = await query
            .OrderByDescending(i => i.Status == InquiryStatus.New && i.ReplyDueAt != null && i.ReplyDueAt < now)
            .ThenBy(i => i.Status == InquiryStatus.New && i.ReplyDueAt != null && i.ReplyDueAt < now ? i.ReplyDueAt : null)
            .ThenByDescending(i => i.ReceivedAt)
            .Skip((pageNumber - 1) * pageSize)
            .Take(pageSize)
            .Select(i => new InquirySummary(i.Id, i.Reference, i.ReceivedAt, i.Content.Name, i.Content.SourceSlug, i.Status, i.ReplyDueAt))
            .ToListAsync(cancellationToken);
        return new InquiryPage(items, total, pageNumber, pageSize);
    }

    public Task<int> CountAsync(InquiryStatus status, CancellationToken cancellationToken) =>
        db.Inquiries.CountAsync(i => i.Status == status, cancellationToken);

    public async Task<InquiryDetails?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entity = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return entity is null ? null : Details(entity);
    }

    public async Task<IReadOnlyList<InquiryDetails>> ExportAsync(InquiryStatus? status, CancellationToken cancellationToken)
    {
        var entities = await Filter(status).OrderByDescending(i => i.ReceivedAt).ToListAsync(cancellationToken);
        return entities.Select(Details).ToList();
    }

    public async Task<InquiryUpdateResult> UpdateAsync(Guid id, int expectedVersion, InquiryStatus status, string? internalNote, CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(cancellationToken))
        {
            // The note's column converter encrypts it here too, though no entity is loaded.
            var updated = await db.Inquiries
                .Where(i => i.Id == id && i.Version == expectedVersion)
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(i => i.Status, status)
                        .SetProperty(i => i.InternalNote, internalNote)
                        .SetProperty(i => i.Version, i => i.Version + 1),
                    cancellationToken);
            if (updated > 0)
            {
                return InquiryUpdateResult.Updated;
            }

            return await db.Inquiries.AnyAsync(i => i.Id == id, cancellationToken) ? InquiryUpdateResult.Conflict : InquiryUpdateResult.NotFound;
        }
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(cancellationToken))
        {
            var deleted = await db.Inquiries.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
            await maintenance.AfterErasureAsync(cancellationToken);
            return deleted;
        }
    }

    public async Task<IReadOnlyList<Guid>> DeleteReceivedBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await db.Inquiries.Where(i => i.ReceivedAt < cutoffUtc).Select(i => i.Id).ToListAsync(cancellationToken);
            await db.Inquiries.Where(i => i.ReceivedAt < cutoffUtc).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (ids.Count > 0)
            {
                await maintenance.AfterErasureAsync(cancellationToken);
            }

            return ids;
        }
    }

    private IQueryable<Inquiry> Filter(InquiryStatus? status) =>
        status is { } wanted ? db.Inquiries.AsNoTracking().Where(i => i.Status == wanted) : db.Inquiries.AsNoTracking();

    private static InquiryDetails Details(Inquiry i) =>
        new(i.Id, i.Reference, i.ReceivedAt, i.Content, i.Status, i.InternalNote, i.Version);

    private async Task<string> UnusedReferenceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = InquiryReference.Create();
            if (!await db.Inquiries.AnyAsync(i => i.Reference == reference, cancellationToken))
            {
                return reference;
            }
        }
    }
}
