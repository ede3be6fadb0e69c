using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>
/// Where a set-up link leads, signed out: the person chooses their password (the same rules and messages as the
/// account page), then signs in as usual, with their second step if they have one. A link that cannot be used gets
/// one kind page whatever the reason (used, expired, altered, or an account that does not exist), so the page never
/// tells whether an account exists.
/// </summary>
/// <remarks>
/// The token travels in the link's query string, because a link must work when pasted into any browser with no
/// script. It is kept out of the site's logs by <see cref="Hosting.PrivateQueryLogRedactor"/>, out of other sites by the
/// no-referrer policy and out of caches by no-store; the form then carries it in its POST body. It works once, so
/// a copy in a browser's history is spent.
/// </remarks>
public sealed class SetupModel(UserManager<StaffUser> users, SetupLinks links, AuditLog audit) : PageModel
{
    /// <summary>Why a link could not be used, in one answer for every reason.</summary>
    public bool Unusable { get; private set; }

    public bool Done { get; private set; }

    public string? AccountId { get; private set; }

    public string? Token { get; private set; }

    public string? Email { get; private set; }

    public PasswordChange Password { get; private set; } = PasswordChange.None;

    public async Task<IActionResult> OnGetAsync(string? account, string? token, string? done)
    {
        if (done == "1")
        {
            Done = true;
            return Page();
        }

        return await links.FindUsableAsync(account, token) is { } user ? ShowForm(user, token!) : ShowUnusable();
    }

    public async Task<IActionResult> OnPostAsync(string? account, string? token, string? newPassword, string? confirmPassword, CancellationToken cancellationToken)
    {
        if (await links.FindUsableAsync(account, token) is not { } user)
        {
            return ShowUnusable();
        }

        Password = await PasswordChange.CheckNewAsync(users, user, newPassword, confirmPassword);
        if (!Password.IsValid)
        {
            return ShowForm(user, token!);
        }

        var reset = await users.ResetPasswordAsync(user, token!, newPassword!);
        if (!reset.Succeeded)
        {
            // The token was spent between the check and now (the same link sent twice at once): only one wins.
            if (reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                return ShowUnusable();
            }

            Password = PasswordChange.Rejected(reset);
            return ShowForm(user, token!);
        }

        // A person locked out by forgotten-password tries starts afresh with the password they just chose.
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await audit.RecordAsync(user.Email ?? user.Id, AuditActions.SetupLinkUsed, null, cancellationToken);
        return RedirectToPage(new { done = "1" });
    }

    private PageResult ShowForm(StaffUser user, string token)
    {
        AccountId = user.Id;
        Token = token;
        Email = user.Email;
        return Page();
    }

    private PageResult ShowUnusable()
    {
        Unusable = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
