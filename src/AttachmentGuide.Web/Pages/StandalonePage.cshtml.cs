using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Topics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages;

/// <summary>A page of the clinic's own (<c>content/pages/SLUG.md</c>) at <c>/SLUG</c>: the article's rendering without its chrome.</summary>
[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class StandalonePageModel(SiteContent content) : ContentPageModel
{
    /// <summary>A short page needs no contents list: only one with this many sections or more gets "On this page".</summary>
    public const int SectionsForContents = 3;

    public Article Shown { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        var library = content.Library;
        if (!library.TryGetPage(slug, out var page))
        {
            return AliasRedirect.For(library, SiteUrls.Page(slug), Response) ?? NotFound();
        }

        ContentETag = ContentCaching.ETagFor(library, page.Slug);
        Shown = page;
        return Page();
    }
}
