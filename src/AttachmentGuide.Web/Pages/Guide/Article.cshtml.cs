using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages.Guide;

[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class ArticleModel(SiteContent content) : ContentPageModel
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

        ContentETag = ContentCaching.ETagFor(library, article.Slug);
        Article = article;
        Site = library.Site;
        return Page();
    }
}
