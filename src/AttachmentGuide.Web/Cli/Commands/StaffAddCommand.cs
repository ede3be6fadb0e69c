using System.CommandLine;
using AttachmentGuide.Web.Staff;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff add EMAIL [--password-stdin]</c>: creates an account, and the database if there is none yet.</summary>
public static class StaffAddCommand
{
    public static Command Create(TextReader input) =>
        StaffCommandParts.WithNewPassword("add", "create a staff account", input, mayCreate: true, AddAsync);

    private static async Task<int> AddAsync(StaffCommandContext context, string email, string password)
    {
        var users = context.Accounts.Users;
        if (await users.FindByEmailAsync(email) is not null)
        {
            return StaffErrors.Fail(context.Error, $"an account for {email} already exists (use 'staff reset-password {email}' to change its password)");
        }

        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return StaffErrors.Fail(context.Error, result);
        }

        context.Output.WriteLine($"Created staff account {email}");
        return ExitCodes.Success;
    }
}
