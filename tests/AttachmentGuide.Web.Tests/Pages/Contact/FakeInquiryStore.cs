using AttachmentGuide.Web.Inquiries;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>An inquiry store in memory, for the submission's unit tests: it keeps what was saved, by submission token.</summary>
public sealed class FakeInquiryStore : IInquiryStore
{
    private readonly Dictionary<Guid, StoredInquiry> _byToken = [];

    public List<NewInquiry> Saved { get; } = [];

    public int Lookups { get; private set; }

    /// <summary>When set, the next save answers as if another request had stored the same form first.</summary>
    public StoredInquiry? StoredByAnotherRequest { get; set; }

    public void Add(Guid submissionToken, StoredInquiry stored) => _byToken[submissionToken] = stored;

    public Task<StoredInquiry> SaveAsync(NewInquiry inquiry, CancellationToken cancellationToken)
    {
        if (StoredByAnotherRequest is { } earlier)
        {
            return Task.FromResult(earlier);
        }

        Saved.Add(inquiry);
        var stored = new StoredInquiry(Guid.CreateVersion7(), InquiryReference.Create(), Created: true);
        _byToken[inquiry.SubmissionToken] = stored with { Created = false };
        return Task.FromResult(stored);
    }

    public Task<StoredInquiry?> FindBySubmissionTokenAsync(Guid submissionToken, CancellationToken cancellationToken)
    {
        Lookups++;
        return Task.FromResult(_byToken.GetValueOrDefault(submissionToken));
    }

    public Task<InquiryPage> ListAsync(InquiryStatus? status, int pageNumber, int pageSize, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<int> CountAsync(InquiryStatus status, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<InquiryDetails?> GetAsync(Guid id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<InquiryDetails>> ExportAsync(InquiryStatus? status, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<InquiryUpdateResult> UpdateAsync(Guid id, int expectedVersion, InquiryStatus status, string? internalNote, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Guid>> DeleteReceivedBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
