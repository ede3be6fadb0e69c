using System.ComponentModel.DataAnnotations;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Staff;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
public sealed class LoginModel(SignInManager<StaffUser> signInManager, AuditLog audit) : SignInPageModel(audit)
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email!.Trim();
        var result = await signInManager.PasswordSignInAsync(email, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Staff/LoginTwoFactor", new { ReturnUrl });
        }

        // The account's own email, never the typed text: a typed value can hold a password or forged log lines.
        var account = await signInManager.UserManager.FindByEmailAsync(email);
        Input.Password = null;
        return await FinishSignInAsync(result, account?.Email ?? AuditLog.UnknownAccount, cancellationToken);
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address")]
        [MaxLength(256)]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password")]
        [MaxLength(StaffPasswordValidator.MaxLength, ErrorMessage = "That email and password did not match an account")]
        public string? Password { get; set; }
    }
}
