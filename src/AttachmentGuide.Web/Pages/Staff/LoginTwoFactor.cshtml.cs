using AttachmentGuide.Web.Contact;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AttachmentGuide.Web.Pages.Staff;

[EnableRateLimiting(ContactServiceExtensions.PostPolicy)]
public sealed class LoginTwoFactorModel(
    SignInManager<StaffUser> signInManager, TotpReplayGuard replayGuard, SignInThrottle throttle, KnownDevices knownDevices, AuditLog audit)
    : SignInPageModel(audit, signInManager.UserManager)
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
        // The code step is throttled under the account's id, apart from the password step's count, by the same rules.
        var attempt = new SignInAttempt("code:" + user.Id, SignInAddress.Of(HttpContext), knownDevices.Recognise(HttpContext, user.Id));
        var result = await throttle.TryBeginAsync(attempt, cancellationToken)
            ? await replayGuard.SignInOnceAsync(user, token, () => signInManager.TwoFactorAuthenticatorSignInAsync(token, isPersistent: false, rememberClient: false))
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            await throttle.SucceededAsync(attempt, cancellationToken);
            knownDevices.Remember(HttpContext, user.Id);
        }

        return await FinishSignInAsync(result, user.Email ?? user.Id, user, cancellationToken);
    }
}
