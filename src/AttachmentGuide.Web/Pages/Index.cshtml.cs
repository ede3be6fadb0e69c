using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages;

[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class IndexModel(SiteContent content) : PageModel
{
    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IActionResult OnGet()
    {
        var library = content.Library;
        if (ContentCaching.NotModified(HttpContext, library))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Site = library.Site;
        Articles = library.All;
        return Page();
    }
}
