using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Contact;

public sealed class ThanksModel(SiteContent content, ThanksReferenceCookie thanksReference) : PageModel
{
    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    /// <summary>The reference given to this browser by the form it sent; never one from the address.</summary>
    public string? Reference { get; private set; }

    public void OnGet()
    {
        Site = content.Library.Site;
        Reference = thanksReference.Read(Request);
        if (Reference is not null)
        {
            // The page now says this browser sent the clinic a message: no cache may keep that.
            Response.Headers.CacheControl = "no-store";
        }
    }
}
