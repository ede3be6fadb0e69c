namespace AttachmentGuide.Web.Inquiries;

/// <summary>Where contact requests are kept. Never sees HTTP.</summary>
public interface IInquiryStore
{
    /// <summary>
    /// Stores the inquiry durably and returns only once it is committed. A second call with the same
    /// submission token stores nothing and returns the first one's reference.
    /// </summary>
    Task<StoredInquiry> SaveAsync(NewInquiry inquiry, CancellationToken cancellationToken);

    /// <summary>The inquiry a form with this submission token already created, if any.</summary>
    Task<StoredInquiry?> FindBySubmissionTokenAsync(Guid submissionToken, CancellationToken cancellationToken);

    /// <summary>Overdue New requests first, then newest first, optionally only those with <paramref name="status"/>; pages count from 1.</summary>
    Task<InquiryPage> ListAsync(InquiryStatus? status, int pageNumber, int pageSize, CancellationToken cancellationToken);

    Task<int> CountAsync(InquiryStatus status, CancellationToken cancellationToken);

    Task<InquiryDetails?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every inquiry matching the filter, newest first, for the CSV export.</summary>
    Task<IReadOnlyList<InquiryDetails>> ExportAsync(InquiryStatus? status, CancellationToken cancellationToken);

    /// <summary>Sets the status and internal note if the inquiry is still at <paramref name="expectedVersion"/>.</summary>
    Task<InquiryUpdateResult> UpdateAsync(Guid id, int expectedVersion, InquiryStatus status, string? internalNote, CancellationToken cancellationToken);

    /// <summary>Erases the inquiry; false when it does not exist.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Erases every inquiry received before <paramref name="cutoffUtc"/>; returns their ids.</summary>
    Task<IReadOnlyList<Guid>> DeleteReceivedBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken);
}
