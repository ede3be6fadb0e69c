using System.Globalization;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>The signed-in account's own settings: its password and the optional authenticator-app (TOTP) second factor.</summary>
public sealed class AccountModel(
    UserManager<StaffUser> userManager,
    SignInManager<StaffUser> signInManager,
    AuthenticatorSetup authenticator,
    TotpReplayGuard replayGuard,
    AuditLog audit) : PageModel
{
    public const string Issuer = "AttachmentGuide";

    public bool TwoFactorEnabled { get; private set; }

    /// <summary>The key to type into an authenticator app, in groups of four; shown while setting up.</summary>
    public string? SharedKey { get; private set; }

    /// <summary>The new key, encrypted for the set-up form: nothing is stored until a code proves the app has it.</summary>
    public string? SealedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    /// <summary>The set-up address as an inline SVG QR code (markup this class builds, not typed text).</summary>
    public string? QrCodeSvg { get; private set; }

    public string? CodeError { get; private set; }

    public string? DisableError { get; private set; }

    public string? Notice { get; private set; }

    public PasswordChange Password { get; private set; } = PasswordChange.None;

    private string Actor => User.Identity?.Name ?? "unknown";

    public async Task<IActionResult> OnGetAsync(string? notice)
    {
        if (await ShowAsync() is not { })
        {
            return Challenge();
        }

        Notice = notice switch
        {
            "on" => "Two-step sign-in is on.",
            "off" => "Two-step sign-in is off. You were signed out everywhere else.",
            "password" => "Your password is changed. You were signed out everywhere else.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await ShowAsync() is not { } user)
        {
            return Challenge();
        }

        if (TwoFactorEnabled)
        {
            // Replacing the key of an active second factor would silently break the staff member's app.
            return RedirectToPage();
        }

        var (key, sealedKey) = authenticator.Begin(user);
        ShowKey(user, key, sealedKey);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? code, string? sealedKey, CancellationToken cancellationToken)
    {
        if (await ShowAsync() is not { } user)
        {
            return Challenge();
        }

        if (TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (authenticator.Open(user, sealedKey) is not { } key)
        {
            CodeError = "This set-up has expired. Start again: your app needs the new key";
            var (fresh, sealedFresh) = authenticator.Begin(user);
            ShowKey(user, fresh, sealedFresh);
            return Page();
        }

        var token = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (token.Length != 6 || !await authenticator.TryFinishAsync(user, key, token, cancellationToken))
        {
            CodeError = "That code did not match. Enter the 6-digit code your app shows now";
            ShowKey(user, key, sealedKey!);
            return Page();
        }

        // Turning the second factor on changed the security stamp: every other session ends, this one is renewed.
        await signInManager.RefreshSignInAsync(user);
        await audit.RecordAsync(Actor, AuditActions.TwoFactorOn, null, cancellationToken);
        return RedirectToPage(new { notice = "on" });
    }

    public async Task<IActionResult> OnPostDisableAsync(string? proof, CancellationToken cancellationToken)
    {
        if (await ShowAsync() is not { } user)
        {
            return Challenge();
        }

        if (!TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!await ProvesOwnerAsync(user, proof))
        {
            DisableError = string.IsNullOrWhiteSpace(proof)
                ? "Enter your password or a code from your app to turn two-step sign-in off"
                : "That is neither your password nor the code your app shows now";
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        await audit.RecordAsync(Actor, AuditActions.TwoFactorOff, null, cancellationToken);
        return RedirectToPage(new { notice = "off" });
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, string? confirmPassword, CancellationToken cancellationToken)
    {
        if (await ShowAsync() is not { } user)
        {
            return Challenge();
        }

        Password = await PasswordChange.CheckAsync(userManager, user, currentPassword, newPassword, confirmPassword);
        if (!Password.IsValid)
        {
            return Page();
        }

        // The same validators as `staff add` (length, common passwords): Identity runs them here.
        var changed = await userManager.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!changed.Succeeded)
        {
            Password = PasswordChange.Rejected(changed);
            return Page();
        }

        // The new security stamp ends every other session; this one is renewed.
        await signInManager.RefreshSignInAsync(user);
        await audit.RecordAsync(Actor, AuditActions.PasswordChange, null, cancellationToken);
        return RedirectToPage(new { notice = "password" });
    }

    private async Task<StaffUser?> ShowAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            TwoFactorEnabled = await userManager.GetTwoFactorEnabledAsync(user);
        }

        return user;
    }

    private async Task<bool> ProvesOwnerAsync(StaffUser user, string? proof)
    {
        var typed = proof?.Trim() ?? string.Empty;
        var digits = new string(typed.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length == 6 && digits.All(char.IsAsciiDigit))
        {
            // Staff passwords are at least 12 characters, so six digits can only be a code.
            // A code already used (to sign in, say) proves nothing a second time.
            return await replayGuard.UseOnceAsync(user, digits, () => Task.FromResult(true));
        }

        return typed.Length > 0 && await userManager.CheckPasswordAsync(user, proof!);
    }

    private void ShowKey(StaffUser user, string key, string sealedKey)
    {
        SealedKey = sealedKey;
        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        AuthenticatorUri = string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer + ":" + user.Email)}?secret={key}&issuer={Issuer}&digits=6");
        QrCodeSvg = Web.Staff.QrCodeSvg.Render(AuthenticatorUri, "QR code of the set-up address: scan it with your authenticator app");
    }
}
