using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff remove EMAIL</c>: deletes an account.</summary>
public static class StaffRemoveCommand
{
    public static Command Create()
    {
        var email = StaffSymbols.Email();
        var command = new Command("remove", "delete a staff account") { email };
        command.SetAction((parseResult, cancellationToken) => RemoveAsync(
            parseResult.GetRequiredValue(email), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RemoveAsync(string email, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        await using var accounts = await StaffAccounts.OpenAsync(mayCreate: false, console.Error, cancellationToken);
        if (accounts is null)
        {
            return ExitCodes.Failure;
        }

        if (await accounts.Users.FindByEmailAsync(email) is not { } user)
        {
            return StaffErrors.Fail(console.Error, $"no account for {email}");
        }

        var removed = await accounts.Users.DeleteAsync(user);
        if (!removed.Succeeded)
        {
            return StaffErrors.Fail(console.Error, removed);
        }

        console.Output.WriteLine($"Removed staff account {email}");
        return ExitCodes.Success;
    }
}
