using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>What the two sign-in steps (password, then code) share: where to go afterwards and how a try ends.</summary>
public abstract class SignInPageModel(AuditLog audit, UserManager<StaffUser> users) : PageModel
{
    /// <summary>The same words for a wrong password, an unknown account and a locked one: nothing to learn from them.</summary>
    public const string FailureMessage = "That email and password did not match an account, or there were too many tries: wait a minute, then try again.";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    /// <summary>
    /// Audits the try under <paramref name="actor"/> (an account's own email or id, never typed text),
    /// then shows the page again with <see cref="FailureMessage"/>, or goes on to a local return address or the first
    /// page <paramref name="user"/>'s roles open (<see cref="StaffLanding"/>).
    /// </summary>
    protected async Task<IActionResult> FinishSignInAsync(Microsoft.AspNetCore.Identity.SignInResult result, string actor, StaffUser? user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            await audit.RecordAsync(actor, AuditActions.SignInFailed, null, cancellationToken);
            Failure = FailureMessage;
            return Page();
        }

        await audit.RecordAsync(actor, AuditActions.SignIn, null, cancellationToken);
        if (Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl!);
        }

        return LocalRedirect(StaffLanding.For(user is null ? [] : await users.GetRolesAsync(user)));
    }
}
