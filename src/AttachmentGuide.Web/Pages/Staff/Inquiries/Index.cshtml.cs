using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Inquiries;

public sealed class IndexModel(IInquiryStore store, IOptions<ClinicOptions> clinic, IOptions<NotificationOptions> notifications, TimeProvider time, SiteContent content) : PageModel
{
    public const int PageSize = 25;

    public InquiryPage Inquiries { get; private set; } = new([], 0, 1, PageSize);

    public int NewCount { get; private set; }

    /// <summary>The status filter; null for all.</summary>
    public InquiryStatus? Status { get; private set; }

    public bool Deleted { get; private set; }

    public ClinicOptions Clinic => clinic.Value;

    public bool AlertsOn => notifications.Value.Enabled;

    /// <summary>UTC, when the page was asked for: what "overdue" is measured against.</summary>
    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    // The query value is "p", not "page": "page" collides with the Razor Pages route value.
    public async Task OnGetAsync(string? status, int p, bool deleted, CancellationToken cancellationToken)
    {
        Status = InquiryStatuses.Parse(status);
        Deleted = deleted;
        Inquiries = await store.ListAsync(Status, Math.Max(1, p), PageSize, cancellationToken);
        NewCount = await store.CountAsync(InquiryStatus.New, cancellationToken);
    }

    /// <summary>The title of the article the person was reading, as the detail page shows it; null when it is no longer published.</summary>
    public string? SourceTitle(string? slug) => slug is not null && content.Library.TryGet(slug, out var article) ? article.Title : null;

    public string PageUrl(int pageNumber) => Url.Page("/Staff/Inquiries/Index", new { status = Status?.ToString(), p = pageNumber })!;
}
