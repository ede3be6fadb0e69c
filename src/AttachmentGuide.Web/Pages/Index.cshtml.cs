using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages;

[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class IndexModel(SiteContent content) : ContentPageModel
{
    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IActionResult OnGet()
    {
        var library = content.Library;
        ContentETag = ContentCaching.ETagFor(library);
        Site = library.Site;
        Articles = library.All;
        return Page();
    }
}
