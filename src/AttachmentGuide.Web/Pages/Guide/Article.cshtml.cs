using AttachmentGuide.Content;
using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Topics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages.Guide;

[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class ArticleModel(SiteContent content, RelatedReading relatedReading) : ContentPageModel
{
    public Article Article { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    /// <summary>Up to three articles to read next, shown before "Reach out"; empty shows nothing.</summary>
    public IReadOnlyList<Article> Related { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        var library = content.Library;
        if (!library.TryGet(slug, out var article))
        {
            return AliasRedirect.For(library, SiteUrls.Article(slug), Response) ?? NotFound();
        }

        ContentETag = ContentCaching.ETagFor(library, article.Slug);
        Article = article;
        Site = library.Site;
        Related = relatedReading.For(library, article);
        return Page();
    }
}
