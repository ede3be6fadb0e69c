using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff remove EMAIL</c>: deletes an account.</summary>
public static class StaffRemoveCommand
{
    public static Command Create()
    {
        var email = StaffCommandParts.Email();
        return new Command("remove", "delete a staff account") { email }
            .WithAccounts(mayCreate: false, context => RemoveAsync(context, context.ParseResult.GetRequiredValue(email)));
    }

    private static async Task<int> RemoveAsync(StaffCommandContext context, string email)
    {
        var users = context.Accounts.Users;
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return StaffErrors.Fail(context.Error, $"no account for {email}");
        }

        var removed = await users.DeleteAsync(user);
        if (!removed.Succeeded)
        {
            return StaffErrors.Fail(context.Error, removed);
        }

        context.Output.WriteLine($"Removed staff account {email}");
        return ExitCodes.Success;
    }
}
