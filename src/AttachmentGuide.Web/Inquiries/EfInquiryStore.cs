using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Inquiries;

public sealed class EfInquiryStore(InquiryDbContext db, InquiryWriteGate gate, TimeProvider time) : IInquiryStore
{
    public async Task<StoredInquiry> SaveAsync(NewInquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        using (await gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var existing = await db.Inquiries.AsNoTracking()
                .Where(i => i.SubmissionToken == inquiry.SubmissionToken)
                .Select(i => new { i.Id, i.Reference })
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            if (existing is not null)
            {
                return new StoredInquiry(existing.Id, existing.Reference, Created: false);
            }

            var entity = new Inquiry
            {
                Id = Guid.CreateVersion7(),
                Reference = await UnusedReferenceAsync(cancellationToken).ConfigureAwait(false),
                SubmissionToken = inquiry.SubmissionToken,
                ReceivedAt = time.GetUtcNow().UtcDateTime,
                Name = inquiry.Name,
                Email = inquiry.Email,
                Phone = inquiry.Phone,
                PreferredContact = inquiry.PreferredContact,
                VoicemailAllowed = inquiry.VoicemailAllowed,
                ClinicNameAllowed = inquiry.ClinicNameAllowed,
                ContactTime = inquiry.ContactTime,
                Message = inquiry.Message,
                SourceSlug = inquiry.SourceSlug,
                Status = InquiryStatus.New,
            };
            db.Inquiries.Add(entity);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.Entry(entity).State = EntityState.Detached;
            return new StoredInquiry(entity.Id, entity.Reference, Created: true);
        }
    }

    private async Task<string> UnusedReferenceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = InquiryReference.Create();
            if (!await db.Inquiries.AnyAsync(i => i.Reference == reference, cancellationToken).ConfigureAwait(false))
            {
                return reference;
            }
        }
    }
}
