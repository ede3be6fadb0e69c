using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Search;

/// <summary>
/// <c>/search?q=</c>. What a person searches for is personal: the page is never stored by a shared cache, its title
/// never names the query, and the query is read from the request here rather than bound as a handler argument
/// (which the framework would log at Trace).
/// </summary>
public sealed class SearchPageModel(SearchIndexHolder search, SiteContent content) : PageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];

    public SiteSettings Site { get; private set; } = null!;

    public void OnGet()
    {
        Response.Headers.CacheControl = "private, no-store";
        Site = content.Library.Site;
        var typed = Request.Query["q"];
        Query = SearchQuery.Parse(typed.Count > 0 ? typed[0] : null);
        Results = search.Search(Query);
    }
}
