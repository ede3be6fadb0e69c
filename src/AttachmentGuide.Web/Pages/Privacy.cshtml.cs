using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using Microsoft.AspNetCore.Mvc;
using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace AttachmentGuide.Web.Pages;

[OutputCache(PolicyName = ContentCaching.PolicyName)]
public sealed class PrivacyModel(SiteContent content) : PageModel
{
    public const string Slug = "privacy";

    public Article Notice { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!content.Library.TryGetPage(Slug, out var page))
        {
            return NotFound();
        }

        if (ContentCaching.NotModified(HttpContext, content.Library, Slug))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Notice = page;
        return Page();
    }
}
