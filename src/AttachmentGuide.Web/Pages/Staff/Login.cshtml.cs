using System.ComponentModel.DataAnnotations;
using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Staff;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
public sealed class LoginModel(
    SignInManager<StaffUser> signInManager, SignInThrottle throttle, KnownDevices knownDevices, DummyPasswordCheck dummyPassword, AuditLog audit)
    : SignInPageModel(audit, signInManager.UserManager)
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
        var account = await signInManager.UserManager.FindByEmailAsync(email);
        var attempt = new SignInAttempt(email, SignInAddress.Of(HttpContext), account is null ? null : knownDevices.Recognise(HttpContext, account.Id));
        var result = await CheckPasswordAsync(account, attempt, cancellationToken);
        Input.Password = null;
        if (result.RequiresTwoFactor)
        {
            await throttle.SucceededAsync(attempt, cancellationToken);
            return RedirectToPage("/Staff/LoginTwoFactor", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            await throttle.SucceededAsync(attempt, cancellationToken);
            knownDevices.Remember(HttpContext, account!.Id);
        }

        // The account's own email, never the typed text: a typed value can hold a password or forged log lines.
        return await FinishSignInAsync(result, account?.Email ?? AuditLog.UnknownAccount, account, cancellationToken);
    }

    /// <summary>
    /// Every path that refuses spends the time of one password hash, so the answer's timing tells nothing about
    /// whether the account exists. Identity's own lockout is not used here: an outsider could trigger it at will.
    /// </summary>
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> CheckPasswordAsync(StaffUser? account, SignInAttempt attempt, CancellationToken cancellationToken)
    {
        var password = Input.Password!;
        if (!await throttle.TryBeginAsync(attempt, cancellationToken) || account is null)
        {
            dummyPassword.Verify(password);
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        var result = await signInManager.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: false);
        if (result.IsLockedOut)
        {
            // Identity answers a locked account before hashing.
            dummyPassword.Verify(password);
        }

        return result;
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
