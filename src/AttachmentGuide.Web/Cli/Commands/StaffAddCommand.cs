using System.CommandLine;
using AttachmentGuide.Web.Staff;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff add EMAIL [--password-stdin]</c>: creates an account, and the database if there is none yet.</summary>
public static class StaffAddCommand
{
    public static Command Create(TextReader input)
    {
        var email = StaffSymbols.Email();
        var passwordStdin = StaffSymbols.PasswordStdin();
        var command = new Command("add", "create a staff account") { email, passwordStdin };
        command.SetAction((parseResult, cancellationToken) => AddAsync(
            parseResult.GetRequiredValue(email),
            parseResult.GetValue(passwordStdin),
            input,
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> AddAsync(string email, bool passwordStdin, TextReader input, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        await using var accounts = await StaffAccounts.OpenAsync(mayCreate: true, console.Error, cancellationToken);
        if (accounts is null)
        {
            return ExitCodes.Failure;
        }

        if (PasswordReader.ReadNew(passwordStdin, input, console.Output, console.Error) is not { } password)
        {
            return StaffErrors.Fail(console.Error, "no password given");
        }

        if (await accounts.Users.FindByEmailAsync(email) is not null)
        {
            return StaffErrors.Fail(console.Error, $"an account for {email} already exists (use 'staff reset-password {email}' to change its password)");
        }

        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var result = await accounts.Users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return StaffErrors.Fail(console.Error, result);
        }

        console.Output.WriteLine($"Created staff account {email}");
        return ExitCodes.Success;
    }
}
