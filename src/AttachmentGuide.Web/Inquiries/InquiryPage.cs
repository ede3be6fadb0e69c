namespace AttachmentGuide.Web.Inquiries;

/// <summary>A page of the inbox.</summary>
public sealed record InquiryPage(IReadOnlyList<InquirySummary> Items, int TotalCount, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
