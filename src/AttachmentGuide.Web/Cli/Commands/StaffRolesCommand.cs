using System.CommandLine;
using AttachmentGuide.Web.Staff;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>staff roles EMAIL [--add R]... [--remove R]...</c>: changes an account's roles and prints them after; with
/// neither option it only prints them. Refuses an unknown role and taking admin from the last admin.
/// </summary>
public static class StaffRolesCommand
{
    public static Command Create()
    {
        var email = StaffCommandParts.Email();
        var add = new Option<string[]>("--add") { Description = "a role to give (" + StaffRoles.ValidNames + "; repeatable)", Arity = ArgumentArity.OneOrMore, HelpName = "R" };
        var remove = new Option<string[]>("--remove") { Description = "a role to take away (repeatable)", Arity = ArgumentArity.OneOrMore, HelpName = "R" };
        return new Command("roles", "show or change a staff account's roles") { email, add, remove }
            .WithAccounts(mayCreate: false, context => ChangeAsync(
                context,
                context.ParseResult.GetRequiredValue(email),
                context.ParseResult.GetValue(add) ?? [],
                context.ParseResult.GetValue(remove) ?? []));
    }

    private static async Task<int> ChangeAsync(StaffCommandContext context, string email, string[] add, string[] remove)
    {
        if (add.Concat(remove).FirstOrDefault(r => StaffRoles.Find(r) is null) is { } unknown)
        {
            return StaffErrors.Fail(context.Error, $"'{unknown}' is not a role; the roles are {StaffRoles.ValidNames}");
        }

        if (await context.Accounts.Users.FindByEmailAsync(email) is not { } user)
        {
            return StaffErrors.Fail(context.Error, $"no account for {email}");
        }

        var roles = context.Accounts.Roles;
        var removed = remove.Select(r => StaffRoles.Find(r)!).ToHashSet(StringComparer.Ordinal);
        var wanted = (await roles.RolesOfAsync(user)).Concat(add.Select(r => StaffRoles.Find(r)!)).Where(r => !removed.Contains(r));
        var result = await roles.SetRolesAsync(user, wanted);
        if (!result.Succeeded)
        {
            return StaffErrors.Fail(context.Error, result.Refusal!);
        }

        if (result.Changed)
        {
            await context.Accounts.Audit.RecordAsync(StaffCommandParts.CommandActor, AuditActions.RoleChange, null, result.Describe(email), context.CancellationToken);
        }

        context.Output.WriteLine($"{email}: {StaffRoles.Show(result.After)}");
        return ExitCodes.Success;
    }
}
