using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff;

public sealed class LogoutModel(SignInManager<StaffUser> signInManager, UserManager<StaffUser> userManager, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Staff/Inquiries/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await userManager.GetUserAsync(User) is { } user)
        {
            // A new security stamp invalidates every copy of the cookie, including one replayed after sign-out.
            await userManager.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(user.Email ?? user.Id, AuditActions.SignOut, null, cancellationToken);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("/Staff/Login");
    }
}
