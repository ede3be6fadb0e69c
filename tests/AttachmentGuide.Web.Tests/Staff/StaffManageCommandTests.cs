using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary><c>staff remove</c> and <c>staff reset-password</c>, run as staff run them: the built app as its own process.</summary>
public sealed class StaffManageCommandTests : StaffCommandTest
{
    private const string Email = "a@b.example";
    private const string NewPassword = "amber kettle harbour violin 77";

    [Fact]
    public async Task An_unknown_database_provider_is_refused_with_a_one_line_reason()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Inquiries"] = $"Data Source={DatabasePath}",
            ["Database__Provider"] = "Oracle",
        };

        var result = await CliRunner.RunAsync(Path.GetDirectoryName(DatabasePath)!, null, environment, "staff", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("staff: Database:Provider is 'Oracle', which is not a supported database", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(" at AttachmentGuide.", result.StandardError, StringComparison.Ordinal);
    }

#if !ON_POSTGRES
    // SQLite only: a database is a file the command can find missing. On PostgreSQL the database is made by its
    // administrator and the command migrates it like the site does.
    [Theory]
    [InlineData("list")]
    [InlineData("remove", Email)]
    [InlineData("reset-password", Email, "--password-stdin")]
    public async Task Managing_accounts_in_a_database_that_does_not_exist_fails_and_creates_nothing(params string[] arguments)
    {
        var result = await StaffAsync(NewPassword + "\n", arguments);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"there is no database at {DatabasePath}", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Inquiries", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath), "the command created the database it said was missing");
    }

    [Fact]
    public async Task Adding_the_first_account_creates_the_database_and_says_so()
    {
        var result = await StaffAsync(StaffTestData.Password + "\n", "add", Email, "--password-stdin");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains($"there is no database at {DatabasePath} yet, so it is created now", result.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(DatabasePath));
    }
#endif

    [Fact]
    public async Task Staff_remove_deletes_the_account_so_staff_list_no_longer_shows_it()
    {
        await using (var database = await OpenDatabaseAsync())
        {
            await database.AddAsync(Email);
            await database.AddAsync("keep@b.example");
        }

        var removed = await StaffAsync(null, "remove", Email);
        var list = await StaffAsync(null, "list");

        Assert.True(removed.ExitCode == 0, removed.StandardError);
        Assert.Equal(["keep@b.example (roles: inbox)", "1 staff account"], list.OutputLines);
    }

    [Fact]
    public async Task Staff_reset_password_lets_the_account_sign_in_to_the_site_with_the_new_password_only_and_ends_its_sessions()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffAsync(site, Email);
        using var earlier = new StaffBrowser(site);
        await earlier.SignInOrFailAsync(Email, StaffTestData.Password);

        var reset = await StaffCliRunner.RunAsync(site, NewPassword + "\n", "staff", "reset-password", Email, "--password-stdin");

        Assert.True(reset.ExitCode == 0, reset.StandardError);
        using var withNew = new StaffBrowser(site);
        await withNew.SignInOrFailAsync(Email, NewPassword);
        using var withOld = new StaffBrowser(site);
        using (var refused = await withOld.SignInAsync(Email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain(withOld.Cookies.Keys, k => k.Contains("ag-staff", StringComparison.Ordinal));
        }

        site.Time.Advance(TimeSpan.FromSeconds(1));
        using var oldSession = await earlier.GetAsync("/staff/inquiries");
        Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode);
    }

    [Fact]
    public async Task Staff_reset_password_refuses_a_common_password_and_keeps_the_old_one()
    {
        await using (var database = await OpenDatabaseAsync())
        {
            await database.AddAsync(Email);
        }

        var reset = await StaffAsync("password1234\n", "reset-password", Email, "--password-stdin");

        Assert.Equal(1, reset.ExitCode);
        await using var after = await OpenDatabaseAsync();
        Assert.True(await after.PasswordWorksAsync(Email, StaffTestData.Password));
    }
}
