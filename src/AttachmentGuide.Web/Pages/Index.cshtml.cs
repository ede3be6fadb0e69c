using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages;

public sealed class IndexModel(SiteContent content) : PageModel
{
    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public void OnGet()
    {
        var library = content.Library;
        Site = library.Site;
        Articles = library.All;
    }
}
