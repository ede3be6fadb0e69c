using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// One-time links that let a person choose their own password, so an admin never chooses or learns it: for a new
/// account, and for a forgotten password (the site sends no email, so there is no self-service reset).
/// </summary>
public sealed class SetupLinks(UserManager<StaffUser> users, IOptions<SetupLinkOptions> options)
{
    /// <summary>The signed-out page a link opens.</summary>
    public const string PagePath = StaffServiceExtensions.StaffPathPrefix + "/setup";

    public int LifetimeHours => options.Value.LifetimeHours;

    /// <summary>
    /// A fresh link for <paramref name="user"/> on <paramref name="origin"/> (scheme and host). The account's
    /// password, if any, is removed and its security stamp changed first: the old password, every session and
    /// every earlier link stop working, so a link issued for a lost password also shuts out whoever found it.
    /// </summary>
    public async Task<string> IssueAsync(StaffUser user, string origin)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ended = await users.HasPasswordAsync(user) ? await users.RemovePasswordAsync(user) : await users.UpdateSecurityStampAsync(user);
        if (!ended.Succeeded)
        {
            throw new InvalidOperationException("The account's old password could not be ended: " + string.Join(" ", ended.Errors.Select(e => e.Code)));
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{origin}{PagePath}?account={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
    }

    /// <summary>The account a link names when its token is still good for it; null for a used, expired, altered or unknown one.</summary>
    public async Task<StaffUser?> FindUsableAsync(string? accountId, string? token)
    {
        if (string.IsNullOrEmpty(accountId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(accountId) is not { } user)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, token)
            ? user
            : null;
    }
}
