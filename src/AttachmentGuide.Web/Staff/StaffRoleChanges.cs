using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Staff;

/// <summary>The outcome of a role change: the roles before and after, or the one reason it was refused.</summary>
public sealed record RoleChangeResult(IReadOnlyList<string> Before, IReadOnlyList<string> After, string? Refusal)
{
    public bool Succeeded => Refusal is null;

    public bool Changed => Succeeded && !Before.SequenceEqual(After);

    /// <summary>"inbox → inbox, admin", as the audit log stores it.</summary>
    public string Describe(string email) => $"{email}: {StaffRoles.Show(Before)} -> {StaffRoles.Show(After)}";
}

/// <summary>
/// Gives an account exactly a set of roles, for the <c>staff</c> commands and the accounts page alike, so both refuse
/// the same things: a name that is not a role, and taking admin from the last admin (nobody could give it back on
/// the site). A change shows at the account's next request: its sign-in is re-read from the database on every one.
/// </summary>
public sealed class StaffRoleChanges(UserManager<StaffUser> users)
{
    public async Task<IReadOnlyList<string>> RolesOfAsync(StaffUser user) =>
        StaffRoles.Ordered(await users.GetRolesAsync(user));

    public async Task<RoleChangeResult> SetRolesAsync(StaffUser user, IEnumerable<string> wanted)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(wanted);
        var before = await RolesOfAsync(user);
        var names = wanted.ToList();
        if (names.FirstOrDefault(n => StaffRoles.Find(n) is null) is { } unknown)
        {
            return new RoleChangeResult(before, before, $"'{unknown}' is not a role; the roles are {StaffRoles.ValidNames}");
        }

        var after = StaffRoles.Ordered(names.Select(n => StaffRoles.Find(n)!));
        if (before.Contains(StaffRoles.Admin) && !after.Contains(StaffRoles.Admin)
            && (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count <= 1)
        {
            return new RoleChangeResult(before, before, $"{user.Email} is the only admin: make another account admin first, so someone can still manage accounts");
        }

        var added = after.Except(before).ToList();
        var removed = before.Except(after).ToList();
        var result = added.Count > 0 ? await users.AddToRolesAsync(user, added) : IdentityResult.Success;
        if (result.Succeeded && removed.Count > 0)
        {
            result = await users.RemoveFromRolesAsync(user, removed);
        }

        return result.Succeeded
            ? new RoleChangeResult(before, await RolesOfAsync(user), null)
            : new RoleChangeResult(before, await RolesOfAsync(user), string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
