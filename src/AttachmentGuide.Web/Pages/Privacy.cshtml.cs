using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages;

[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class PrivacyModel(SiteContent content) : ContentPageModel
{
    public const string Slug = "privacy";

    public Article Notice { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var library = content.Library;
        if (!library.TryGetPage(Slug, out var page))
        {
            return NotFound();
        }

        ContentETag = ContentCaching.ETagFor(library, Slug);
        Notice = page;
        return Page();
    }
}
