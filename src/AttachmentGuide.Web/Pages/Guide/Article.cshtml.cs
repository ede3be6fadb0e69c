using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Guide;

public sealed class ArticleModel(SiteContent content) : PageModel
{
    public Article Article { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    public IActionResult OnGet(string slug)
    {
        var library = content.Library;
        if (!library.TryGet(slug, out var article))
        {
            return NotFound();
        }

        Article = article;
        Site = library.Site;
        return Page();
    }
}
