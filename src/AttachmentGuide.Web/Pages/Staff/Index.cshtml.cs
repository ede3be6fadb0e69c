using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>
/// The staff area's own address, as staff type it: on to the first page the account's roles open, or (signed out) to
/// the inbox, which asks for sign-in itself (so a signed-out person is not first sent to sign in only to be bounced on again).
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public RedirectResult OnGet() => Redirect(User.Identity?.IsAuthenticated == true
        ? StaffLanding.For(StaffRoles.All.Where(User.IsInRole))
        : StaffLanding.Inbox);
}
