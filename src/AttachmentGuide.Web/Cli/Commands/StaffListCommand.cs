using System.CommandLine;
using System.Globalization;
using AttachmentGuide.Web.Staff;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary><c>staff list</c>: every account with its roles, two-step sign-in and any lockout, then a count.</summary>
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
            var flags = new List<string> { "roles: " + StaffRoles.Show(await accounts.Roles.RolesOfAsync(user)) };
            if (user.TwoFactorEnabled)
            {
                flags.Add("two-step sign-in");
            }

            if (user.LockoutEnd > now)
            {
                flags.Add("locked until " + user.LockoutEnd.Value.ToString("u", CultureInfo.InvariantCulture));
            }

            context.Output.WriteLine($"{user.Email} ({string.Join("; ", flags)})");
        }

        context.Output.WriteLine(users.Count == 1 ? "1 staff account" : $"{users.Count} staff accounts");
        return ExitCodes.Success;
    }
}
