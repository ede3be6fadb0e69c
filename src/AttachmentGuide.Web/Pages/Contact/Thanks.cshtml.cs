using AttachmentGuide.Content.Site;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Inquiries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Contact;

public sealed class ThanksModel(SiteContent content) : PageModel
{
    public SiteSettings Site { get; private set; } = SiteSettings.Defaults;

    /// <summary>The inquiry's reference, shown only when it has the form the site gives out.</summary>
    public string? Reference { get; private set; }

    public void OnGet(string? reference)
    {
        Site = content.Library.Site;
        Reference = InquiryReference.IsWellFormed(reference) ? reference : null;
    }
}
