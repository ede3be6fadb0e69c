using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary><c>staff add --role</c>, <c>staff roles</c> and the roles in <c>staff list</c>, run as the built app in its own process.</summary>
public sealed class StaffRolesCommandTests : StaffCommandTest
{
    private const string Email = "writer@clinic.example";
    private const string AdminEmail = "admin@clinic.example";

    [Fact]
    public async Task Staff_add_with_repeated_roles_gives_the_account_those_roles_and_staff_list_shows_them()
    {
        var added = await StaffAsync(StaffTestData.Password + "\n", "add", Email, "--role", "editor", "--role", "Inbox", "--password-stdin");
        var list = await StaffAsync(null, "list");

        Assert.True(added.ExitCode == 0, added.StandardError);
        Assert.Equal([$"Created staff account {Email} (inbox, editor)"], added.OutputLines);
        Assert.Equal([$"{Email} (roles: inbox, editor)", "1 staff account"], list.OutputLines);
        await using var database = await OpenDatabaseAsync();
        Assert.Equal([StaffRoles.Inbox, StaffRoles.Editor], await database.RolesOfAsync(Email));
        Assert.Contains((AttachmentGuide.Web.Cli.Commands.StaffCommandParts.CommandActor, AuditActions.RoleChange, $"{Email}: (none) -> inbox, editor"), await database.AuditAsync());
    }

    [Fact]
    public async Task Staff_add_without_a_role_gives_inbox_and_says_how_to_make_an_admin()
    {
        var added = await StaffAsync(StaffTestData.Password + "\n", "add", Email, "--password-stdin");

        Assert.True(added.ExitCode == 0, added.StandardError);
        Assert.Contains("no --role given, so the account gets 'inbox'", added.StandardError, StringComparison.Ordinal);
        Assert.Contains($"staff roles {Email} --add admin", added.StandardError, StringComparison.Ordinal);
        await using var database = await OpenDatabaseAsync();
        Assert.Equal([StaffRoles.Inbox], await database.RolesOfAsync(Email));
    }

    [Fact]
    public async Task Staff_add_with_an_unknown_role_exits_1_naming_the_valid_roles_and_creates_nothing()
    {
        var added = await StaffAsync(StaffTestData.Password + "\n", "add", Email, "--role", "superuser", "--password-stdin");

        Assert.Equal(1, added.ExitCode);
        Assert.Equal("staff: 'superuser' is not a role; the roles are inbox, editor, admin", added.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim());
        await using var database = await OpenDatabaseAsync();
        Assert.Empty(await database.EmailsAsync());
    }

    [Fact]
    public async Task Staff_roles_adds_and_removes_in_one_go_prints_the_roles_after_and_audits_the_change()
    {
        await using (var database = await OpenDatabaseAsync())
        {
            await database.AddWithRolesAsync(Email, StaffRoles.Inbox);
        }

        var changed = await StaffAsync(null, "roles", Email, "--add", "editor", "--remove", "inbox");
        var shown = await StaffAsync(null, "roles", Email);

        Assert.True(changed.ExitCode == 0, changed.StandardError);
        Assert.Equal([$"{Email}: editor"], changed.OutputLines);
        Assert.Equal([$"{Email}: editor"], shown.OutputLines);
        await using var after = await OpenDatabaseAsync();
        Assert.Equal([StaffRoles.Editor], await after.RolesOfAsync(Email));
        Assert.Single(await after.AuditAsync(), a => a.Action == AuditActions.RoleChange && a.Detail == $"{Email}: inbox -> editor");
    }

    [Theory]
    [InlineData("--add", "owner")]
    [InlineData("--remove", "owner")]
    public async Task Staff_roles_refuses_an_unknown_role_with_the_valid_ones_and_changes_nothing(string option, string role)
    {
        await using (var database = await OpenDatabaseAsync())
        {
            await database.AddWithRolesAsync(Email, StaffRoles.Inbox);
        }

        var refused = await StaffAsync(null, "roles", Email, option, role);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"staff: '{role}' is not a role; the roles are inbox, editor, admin", refused.StandardError, StringComparison.Ordinal);
        await using var after = await OpenDatabaseAsync();
        Assert.Equal([StaffRoles.Inbox], await after.RolesOfAsync(Email));
    }

    [Fact]
    public async Task Staff_roles_refuses_to_take_admin_from_the_last_admin_but_not_from_one_of_two()
    {
        await using (var database = await OpenDatabaseAsync())
        {
            await database.AddWithRolesAsync(AdminEmail, StaffRoles.Admin);
            await database.AddWithRolesAsync(Email, StaffRoles.Inbox);
        }

        var refused = await StaffAsync(null, "roles", AdminEmail, "--remove", "admin");
        var second = await StaffAsync(null, "roles", Email, "--add", "admin");
        var allowed = await StaffAsync(null, "roles", AdminEmail, "--remove", "admin");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"staff: {AdminEmail} is the only admin: make another account admin first", refused.StandardError, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.StandardError);
        Assert.True(allowed.ExitCode == 0, allowed.StandardError);
        Assert.Equal([$"{AdminEmail}: (none)"], allowed.OutputLines);
    }

    [Fact]
    public async Task Staff_roles_for_an_account_that_does_not_exist_exits_1()
    {
        await using (var database = await OpenDatabaseAsync())
        {
            await database.AddAsync(AdminEmail);
        }

        var refused = await StaffAsync(null, "roles", Email, "--add", "editor");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"staff: no account for {Email}", refused.StandardError, StringComparison.Ordinal);
    }
}
