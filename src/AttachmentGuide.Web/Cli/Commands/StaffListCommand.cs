using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff list</c>: every account, with two-step sign-in and any lockout, then a count.</summary>
public static class StaffListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "list staff accounts");
        command.SetAction((parseResult, cancellationToken) => ListAsync(parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> ListAsync(InvocationConfiguration console, CancellationToken cancellationToken)
    {
        await using var accounts = await StaffAccounts.OpenAsync(mayCreate: false, console.Error, cancellationToken);
        if (accounts is null)
        {
            return ExitCodes.Failure;
        }

        var now = accounts.Time.GetUtcNow();
        var users = await accounts.Users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            var flags = new List<string>();
            if (user.TwoFactorEnabled)
            {
                flags.Add("two-step sign-in");
            }

            if (user.LockoutEnd > now)
            {
                flags.Add("locked until " + user.LockoutEnd.Value.ToString("u", CultureInfo.InvariantCulture));
            }

            console.Output.WriteLine(flags.Count == 0 ? user.Email : $"{user.Email} ({string.Join(", ", flags)})");
        }

        console.Output.WriteLine(users.Count == 1 ? "1 staff account" : $"{users.Count} staff accounts");
        return ExitCodes.Success;
    }
}
