using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff reset-password EMAIL [--password-stdin]</c>: a new password, every session ended, any lockout lifted.</summary>
public static class StaffResetPasswordCommand
{
    public static Command Create(TextReader input)
    {
        var email = StaffSymbols.Email();
        var passwordStdin = StaffSymbols.PasswordStdin();
        var command = new Command("reset-password", "set a new password and end the account's sessions") { email, passwordStdin };
        command.SetAction((parseResult, cancellationToken) => ResetAsync(
            parseResult.GetRequiredValue(email),
            parseResult.GetValue(passwordStdin),
            input,
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> ResetAsync(string email, bool passwordStdin, TextReader input, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        await using var accounts = await StaffAccounts.OpenAsync(mayCreate: false, console.Error, cancellationToken);
        if (accounts is null)
        {
            return ExitCodes.Failure;
        }

        if (PasswordReader.ReadNew(passwordStdin, input, console.Output, console.Error) is not { } password)
        {
            return StaffErrors.Fail(console.Error, "no password given");
        }

        if (await accounts.Users.FindByEmailAsync(email) is not { } user)
        {
            return StaffErrors.Fail(console.Error, $"no account for {email}");
        }

        // One save: validation, the new hash, a new security stamp (ending every session) and no lockout.
        var token = await accounts.Users.GeneratePasswordResetTokenAsync(user);
        var result = await accounts.Users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return StaffErrors.Fail(console.Error, result);
        }

        await accounts.Users.SetLockoutEndDateAsync(user, null);
        await accounts.Users.ResetAccessFailedCountAsync(user);
        console.Output.WriteLine($"Password reset for {email}; its sessions have ended");
        return ExitCodes.Success;
    }
}
