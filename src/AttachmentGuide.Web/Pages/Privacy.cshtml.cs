using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages;

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

        Notice = page;
        return Page();
    }
}
