using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff reset-password EMAIL [--password-stdin]</c>: a new password, every session ended, any lockout lifted.</summary>
public static class StaffResetPasswordCommand
{
    public static Command Create(TextReader input) =>
        StaffCommandParts.WithNewPassword("reset-password", "set a new password and end the account's sessions", input, mayCreate: false, ResetAsync);

    private static async Task<int> ResetAsync(StaffCommandContext context, string email, string password)
    {
        var users = context.Accounts.Users;
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return StaffErrors.Fail(context.Error, $"no account for {email}");
        }

        // One save: validation, the new hash, a new security stamp (ending every session) and no lockout.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return StaffErrors.Fail(context.Error, result);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        context.Output.WriteLine($"Password reset for {email}; its sessions have ended");
        return ExitCodes.Success;
    }
}
