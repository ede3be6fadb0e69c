using System.Globalization;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>Turns the optional authenticator-app (TOTP) second factor on or off for the signed-in account.</summary>
public sealed class AccountModel(UserManager<StaffUser> userManager, SignInManager<StaffUser> signInManager) : PageModel
{
    public bool TwoFactorEnabled { get; private set; }

    /// <summary>The key to type into an authenticator app, in groups of four; shown while setting up.</summary>
    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    public string? CodeError { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? notice)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        TwoFactorEnabled = await userManager.GetTwoFactorEnabledAsync(user);
        Notice = notice switch { "on" => "Two-step sign-in is on.", "off" => "Two-step sign-in is off.", _ => null };
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            // Replacing the key of an active second factor would silently break the staff member's app.
            return RedirectToPage();
        }

        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? code)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var token = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        var valid = token.Length == 6 && await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, token);
        if (!valid)
        {
            CodeError = "That code did not match. Enter the 6-digit code your app shows now";
            await ShowKeyAsync(user);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);

        // Changing the second factor changes the security stamp, which would otherwise end this very session.
        await signInManager.RefreshSignInAsync(user);
        return RedirectToPage(new { notice = "on" });
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        return RedirectToPage(new { notice = "off" });
    }

    private async Task ShowKeyAsync(StaffUser user)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        AuthenticatorUri = string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("AttachmentGuide:" + user.Email)}?secret={key}&issuer=AttachmentGuide&digits=6");
    }
}
