using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Staff;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
public sealed class LoginTwoFactorModel(SignInManager<StaffUser> signInManager, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

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
        if (!result.Succeeded)
        {
            await audit.RecordAsync(user.Email ?? user.Id, AuditActions.SignInFailed, null, cancellationToken);
            Failure = LoginModel.FailureMessage;
            return Page();
        }

        await audit.RecordAsync(user.Email ?? user.Id, AuditActions.SignIn, null, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff/inquiries");
    }
}
