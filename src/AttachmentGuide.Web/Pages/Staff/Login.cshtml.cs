using System.ComponentModel.DataAnnotations;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff;

public sealed class LoginModel(SignInManager<StaffUser> signInManager, AuditLog audit) : PageModel
{
    /// <summary>The same words for a wrong password, an unknown account and a locked one: nothing to learn from them.</summary>
    public const string FailureMessage = "That email and password did not match an account, or the account is paused for 15 minutes after too many tries.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

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

        if (!result.Succeeded)
        {
            await audit.RecordAsync(email.Length > 256 ? email[..256] : email, AuditActions.SignInFailed, null, cancellationToken);
            Failure = FailureMessage;
            Input.Password = null;
            return Page();
        }

        var account = await signInManager.UserManager.FindByEmailAsync(email);
        await audit.RecordAsync(account?.Email ?? email, AuditActions.SignIn, null, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff/inquiries");
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
