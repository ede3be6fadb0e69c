using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Search;

/// <summary>
/// <c>/search?q=</c>. What a person searches for is personal: the page is never stored by a shared cache, its title
/// never names the query, and the query is read from the request here rather than bound as a handler argument
/// (which the framework would log at Trace).
/// </summary>
public sealed class SearchPageModel(SearchIndexHolder search, IOptions<SearchOptions> options, SiteContent content) : PageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];

    /// <summary>False when the site runs without search: the page says so and offers the topics instead.</summary>
    public bool SearchOn => search.Enabled;

    /// <summary>True when the index was still being built after a start and the search could not be answered yet.</summary>
    public bool Preparing { get; private set; }

    public SiteSettings Site { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Response.Headers.CacheControl = "private, no-store";
        Site = content.Library.Site;
        var typed = Request.Query["q"];
        Query = SearchQuery.Parse(typed.Count > 0 ? typed[0] : null);
        if (!search.Enabled || Query.Terms.Count == 0)
        {
            return;
        }

        // Just after a start the first index may still be building: a short wait (without holding a thread) spares
        // the reader a "try again" page in all but the first seconds of a large site's start.
        if (!await search.WaitUntilReadyAsync(options.Value.WaitForIndex, HttpContext.RequestAborted))
        {
            Preparing = true;
            return;
        }

        Results = search.Search(Query);
    }
}
