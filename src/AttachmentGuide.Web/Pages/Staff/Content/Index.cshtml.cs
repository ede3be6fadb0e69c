using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// The editor's list: every article and page file (also those the site does not serve), its state, warnings and last
/// edit, sortable by links (<c>?sort=</c>), so it works without JavaScript.
/// </summary>
public sealed class IndexModel(ContentListing listing, IOptions<ClinicOptions> clinic) : PageModel
{
    /// <summary>The columns the list sorts by, as the <c>sort</c> query names them.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["title", "state", "review", "edited", "path"];

    public IReadOnlyList<ContentListRow> Rows { get; private set; } = [];

    /// <summary>The column sorted by; <c>title</c> unless the query names another.</summary>
    public string Sort { get; private set; } = "title";

    public ClinicOptions Clinic => clinic.Value;

    public async Task OnGetAsync(string? sort, CancellationToken cancellationToken)
    {
        Sort = SortKeys.Contains(sort) ? sort! : "title";
        var rows = await listing.ListAsync(cancellationToken);
        Rows = Sort switch
        {
            // The most urgent first: errors, overdue reviews, reviews due soon, drafts, then what is fine.
            "state" => rows.OrderBy(r => r.State).ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ToList(),
            // Soonest review first; files with no review date last.
            "review" => rows.OrderBy(r => r.ReviewDue is null).ThenBy(r => r.ReviewDue).ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ToList(),
            // Most recently edited first; never edited in the browser last.
            "edited" => rows.OrderByDescending(r => r.LastEditedAt ?? DateTime.MinValue).ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ToList(),
            "path" => rows.OrderBy(r => r.Path, StringComparer.Ordinal).ToList(),
            _ => rows.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Path, StringComparer.Ordinal).ToList(),
        };
    }
}
