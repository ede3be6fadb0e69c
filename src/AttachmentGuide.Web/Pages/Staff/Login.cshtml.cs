using System.ComponentModel.DataAnnotations;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Staff;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
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

        // The account's own email, never the typed text: a typed value can hold a password or forged log lines.
        var account = await signInManager.UserManager.FindByEmailAsync(email);
        var actor = account?.Email ?? AuditLog.UnknownAccount;
        if (!result.Succeeded)
        {
            await audit.RecordAsync(actor, AuditActions.SignInFailed, null, cancellationToken);
            Failure = FailureMessage;
            Input.Password = null;
            return Page();
        }

        await audit.RecordAsync(actor, AuditActions.SignIn, null, cancellationToken);
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
