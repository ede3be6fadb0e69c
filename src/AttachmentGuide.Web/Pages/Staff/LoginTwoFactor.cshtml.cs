using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Staff;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
public sealed class LoginTwoFactorModel(SignInManager<StaffUser> signInManager, AuditLog audit) : SignInPageModel(audit)
{
    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Staff/Login") : Page();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input.Code")] string? code, CancellationToken cancellationToken)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Staff/Login");
        }

        var token = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(token, isPersistent: false, rememberClient: false);
        return await FinishSignInAsync(result, user.Email ?? user.Id, cancellationToken);
    }
}
