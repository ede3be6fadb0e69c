namespace AttachmentGuide.Web.Inquiries;

/// <summary>The result of storing an inquiry: its id and reference, and whether this call created it.</summary>
public sealed record StoredInquiry(Guid Id, string Reference, bool Created);

/// <summary>Where contact requests are kept. Never sees HTTP.</summary>
public interface IInquiryStore
{
    /// <summary>
    /// Stores the inquiry durably and returns only once it is committed. A second call with the same
    /// submission token stores nothing and returns the first one's reference.
    /// </summary>
    Task<StoredInquiry> SaveAsync(NewInquiry inquiry, CancellationToken cancellationToken);
}
