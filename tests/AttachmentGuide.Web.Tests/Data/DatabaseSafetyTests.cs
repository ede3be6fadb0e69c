using System.Net;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Serilog.Events;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary>No fault in the database file or the key ring passes start-up silently or hides a loss while the site runs.</summary>
public sealed class DatabaseSafetyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ag-db-safety-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "data", "ag.db");

    private string KeysPath => Path.Combine(_folder, "data", "keys");

    private ContactSiteFactory Site(params (string Key, string Value)[] extra) => ContactSiteFactory.WithSettings(
        [("ConnectionStrings:Inquiries", $"Data Source={DatabasePath}"), ("DataProtection:KeysPath", KeysPath), .. extra]);

    /// <summary>Starts the site on this test's files and stores one inquiry (which also makes the first key).</summary>
    private async Task StoreOneInquiryAsync()
    {
        using var site = Site();
        using var client = site.CreatePlainClient();
        AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid("Stored Before").PostAsync());
        SqliteConnection.ClearAllPools();
    }

    private static Exception StartFails(ContactSiteFactory site) => Assert.ThrowsAny<Exception>(() => site.CreatePlainClient());

    [Fact]
    public async Task A_damaged_database_file_stops_start_up_naming_the_file()
    {
        await StoreOneInquiryAsync();
        using (var file = new FileStream(DatabasePath, FileMode.Open, FileAccess.Write))
        {
            file.Position = 4096;
            file.Write(Enumerable.Repeat((byte)0xA5, 4096).ToArray());
        }

        using var site = Site();
        var failure = StartFails(site);

        Assert.IsType<SiteStartupException>(failure.GetBaseException());
        Assert.Contains(DatabasePath, failure.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_database_beside_a_key_ring_with_keys_is_not_silently_created_again()
    {
        await StoreOneInquiryAsync();
        File.Delete(DatabasePath);

        using (var site = Site())
        {
            var failure = StartFails(site);
            Assert.Contains("Database__AllowNewDatabase", failure.Message, StringComparison.Ordinal);
            Assert.Contains(DatabasePath, failure.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(DatabasePath));
        using var firstStart = Site(("Database:AllowNewDatabase", "true"));
        using var client = firstStart.CreatePlainClient();
        Assert.Equal(0, InquiryTable.Count(DatabasePath));
    }

    [Fact]
    public async Task A_moved_key_ring_stops_start_up_naming_the_key_folder_setting()
    {
        await StoreOneInquiryAsync();
        Directory.Move(KeysPath, KeysPath + "-moved");

        using var site = Site();
        var failure = StartFails(site);

        Assert.Contains("DataProtection:KeysPath", failure.Message, StringComparison.Ordinal);
        Assert.Contains(KeysPath, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_new_data_folder_is_700_and_the_database_files_600()
    {
        using var site = Site();
        using var client = site.CreatePlainClient();

        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(DatabasePath)!));
        Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(KeysPath));
        Assert.Equal(owner, File.GetUnixFileMode(DatabasePath));
        Assert.All(
            new[] { DatabasePath + "-wal", DatabasePath + "-shm" }.Where(File.Exists),
            file => Assert.Equal(owner, File.GetUnixFileMode(file)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_database_file_deleted_or_replaced_while_running_refuses_submissions_with_503_and_a_critical_line(bool replace)
    {
        using var site = Site();
        using var client = site.CreatePlainClient();
        var form = (await LoadAsync(client)).FillValid("After The Loss");
        File.Delete(DatabasePath);
        if (replace)
        {
            File.WriteAllBytes(DatabasePath, []);
        }

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(site.Logs.Events, e => e.Level == LogEventLevel.Fatal && LogCapture.Render(e).Contains(DatabasePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_replaced_by_a_copy_of_itself_while_running_refuses_submissions()
    {
        using var site = Site();
        using var client = site.CreatePlainClient();
        AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid("Before The Copy").PostAsync());
        var form = (await LoadAsync(client)).FillValid("After The Copy");
        // Same name, same bytes, another file: what a careless restore (cp over the running database) leaves.
        File.Copy(DatabasePath, DatabasePath + ".copy");
        File.Move(DatabasePath + ".copy", DatabasePath, overwrite: true);

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(site.Logs.Events, e => e.Level == LogEventLevel.Fatal && LogCapture.Render(e).Contains(DatabasePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_data_folder_reached_through_a_symlink_keeps_taking_submissions()
    {
        var realFolder = Path.Combine(_folder, "volume", "data");
        Directory.CreateDirectory(realFolder);
        Directory.CreateSymbolicLink(Path.GetDirectoryName(DatabasePath)!, realFolder);
        using var site = Site();
        using var client = site.CreatePlainClient();

        for (var i = 0; i < 3; i++)
        {
            AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid($"Through The Link {i}").PostAsync());
        }

        Assert.Equal(3, InquiryTable.Count(Path.Combine(realFolder, "ag.db")));
        Assert.DoesNotContain(site.Logs.Events, e => e.Level == LogEventLevel.Fatal);
    }

    [Fact]
    public async Task A_symlinked_data_folder_pointed_at_another_copy_while_running_refuses_submissions()
    {
        var realFolder = Path.Combine(_folder, "volume", "data");
        Directory.CreateDirectory(realFolder);
        var link = Path.GetDirectoryName(DatabasePath)!;
        Directory.CreateSymbolicLink(link, realFolder);
        using var site = Site();
        using var client = site.CreatePlainClient();
        AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid("Before The Switch").PostAsync());
        var form = (await LoadAsync(client)).FillValid("After The Switch");
        var otherFolder = Path.Combine(_folder, "other-volume");
        Directory.CreateDirectory(otherFolder);
        File.Copy(DatabasePath, Path.Combine(otherFolder, "ag.db"));
        Directory.Delete(link);
        Directory.CreateSymbolicLink(link, otherFolder);

        using var response = await form.PostAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(site.Logs.Events, e => e.Level == LogEventLevel.Fatal && LogCapture.Render(e).Contains(DatabasePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_the_keys_cannot_read_shows_the_marker_and_the_inbox_detail_and_export_still_answer()
    {
        using var site = new StaffSiteFactory();
        var readable = await StaffTestData.SaveAsync(site, "Readable Person");
        var unreadable = await StaffTestData.SaveAsync(site, "Lost Key Person");
        var foreign = new EphemeralDataProtectionProvider().CreateProtector("AttachmentGuide.Inquiries.PersonalFields.v1").Protect("Lost Key Person");
        using (var connection = new SqliteConnection($"Data Source={site.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Inquiries SET Name = $name WHERE Id = $id;";
            command.Parameters.AddWithValue("$name", foreign);
            command.Parameters.AddWithValue("$id", unreadable.Id.ToString().ToUpperInvariant());
            var changed = command.ExecuteNonQuery();
            if (changed == 0)
            {
                command.Parameters["$id"].Value = unreadable.Id.ToString();
                changed = command.ExecuteNonQuery();
            }

            Assert.Equal(1, changed);
        }

        await StaffTestData.CreateStaffAsync(site, "keys@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("keys@clinic.example");

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");
        var details = await staff.GetDocumentAsync($"/staff/inquiries/{unreadable.Id}");
        using var export = await staff.GetAsync("/staff/inquiries/export");
        var csv = await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains(PersonalFieldProtector.Unreadable, inbox.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Readable Person", inbox.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(PersonalFieldProtector.Unreadable, details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(PersonalFieldProtector.Unreadable, csv, StringComparison.Ordinal);
        Assert.Contains("Readable Person", csv, StringComparison.Ordinal);
        Assert.NotEqual(readable.Id, unreadable.Id);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
