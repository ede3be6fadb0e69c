using System.CommandLine;
using AttachmentGuide.Web.Staff;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>staff add EMAIL [--role R]... [--password-stdin]</c>: creates an account with its roles, and the database if
/// there is none yet. Without <c>--role</c> the account gets <c>inbox</c>, as accounts had before roles existed.
/// </summary>
public static class StaffAddCommand
{
    public static Command Create(TextReader input)
    {
        var role = StaffCommandParts.Role("a role to give the account; without it, " + StaffRoles.Inbox);
        var command = StaffCommandParts.WithNewPassword("add", "create a staff account", input, mayCreate: true,
            (context, email, password) => AddAsync(context, email, password, context.ParseResult.GetValue(role) ?? []));
        command.Options.Add(role);
        return command;
    }

    private static async Task<int> AddAsync(StaffCommandContext context, string email, string password, string[] roles)
    {
        if (roles.FirstOrDefault(r => StaffRoles.Find(r) is null) is { } unknown)
        {
            return StaffErrors.Fail(context.Error, $"'{unknown}' is not a role; the roles are {StaffRoles.ValidNames}");
        }

        var users = context.Accounts.Users;
        if (await users.FindByEmailAsync(email) is not null)
        {
            return StaffErrors.Fail(context.Error, $"an account for {email} already exists (use 'staff reset-password {email}' to change its password)");
        }

        if (roles.Length == 0)
        {
            context.Error.WriteLine($"Note: no --role given, so the account gets '{StaffRoles.Inbox}' (inquiries only). 'staff roles {email} --add admin' makes it an admin.");
            roles = [StaffRoles.Inbox];
        }

        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return StaffErrors.Fail(context.Error, result);
        }

        var given = await context.Accounts.Roles.SetRolesAsync(user, roles);
        if (!given.Succeeded)
        {
            return StaffErrors.Fail(context.Error, given.Refusal!);
        }

        await context.Accounts.Audit.RecordAsync(StaffCommandParts.CommandActor, AuditActions.RoleChange, null, given.Describe(email), context.CancellationToken);
        context.Output.WriteLine($"Created staff account {email} ({StaffRoles.Show(given.After)})");
        return ExitCodes.Success;
    }
}
