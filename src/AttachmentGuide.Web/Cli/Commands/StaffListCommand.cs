using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff list</c>: every account, with two-step sign-in and any lockout, then a count.</summary>
public static class StaffListCommand
{
    public static Command Create() =>
        new Command("list", "list staff accounts").WithAccounts(mayCreate: false, ListAsync);

    private static async Task<int> ListAsync(StaffCommandContext context)
    {
        var accounts = context.Accounts;
        var now = accounts.Time.GetUtcNow();
        var users = await accounts.Users.Users.OrderBy(u => u.Email).ToListAsync(context.CancellationToken);
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

            context.Output.WriteLine(flags.Count == 0 ? user.Email : $"{user.Email} ({string.Join(", ", flags)})");
        }

        context.Output.WriteLine(users.Count == 1 ? "1 staff account" : $"{users.Count} staff accounts");
        return ExitCodes.Success;
    }
}
