using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary><c>staff add</c> and <c>staff list</c>, run as staff run them: the built app as its own process.</summary>
public sealed class StaffAddCommandTests : StaffCommandTest
{
    private const string Email = "a@b.example";

    private async Task<List<string>> AccountsInDatabaseAsync()
    {
        await using var database = await OpenDatabaseAsync();
        return await database.EmailsAsync();
    }

    [Fact]
    public async Task Staff_add_with_a_strong_password_on_stdin_creates_an_account_that_staff_list_shows()
    {
        var added = await StaffAsync(StaffTestData.Password + "\n", "add", Email, "--password-stdin");
        var list = await StaffAsync(null, "list");

        Assert.True(added.ExitCode == 0, added.StandardError);
        Assert.Contains("Database: " + DatabaseShownAs, added.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        Assert.Equal([Email + " (roles: inbox)", "1 staff account"], list.OutputLines);
        await using var database = await OpenDatabaseAsync();
        Assert.True(await database.PasswordWorksAsync(Email, StaffTestData.Password));
    }

    [Fact]
    public async Task Staff_add_with_a_short_password_exits_1_saying_it_needs_12_characters_and_creates_nothing()
    {
        var added = await StaffAsync("short\n", "add", Email, "--password-stdin");

        Assert.Equal(1, added.ExitCode);
        Assert.Contains("12 characters", added.StandardError, StringComparison.Ordinal);
        Assert.Empty(await AccountsInDatabaseAsync());
    }

    [Fact]
    public async Task Staff_add_with_a_common_password_exits_1_and_creates_nothing()
    {
        var added = await StaffAsync("password1234\n", "add", Email, "--password-stdin");

        Assert.Equal(1, added.ExitCode);
        Assert.Contains("too common", added.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await AccountsInDatabaseAsync());
    }

    [Fact]
    public async Task Password_stdin_strips_a_trailing_CRLF()
    {
        var added = await StaffAsync(StaffTestData.Password + "\r\n", "add", Email, "--password-stdin");

        Assert.True(added.ExitCode == 0, added.StandardError);
        await using var database = await OpenDatabaseAsync();
        Assert.True(await database.PasswordWorksAsync(Email, StaffTestData.Password));
        Assert.False(await database.PasswordWorksAsync(Email, StaffTestData.Password + "\r"));
    }
}
