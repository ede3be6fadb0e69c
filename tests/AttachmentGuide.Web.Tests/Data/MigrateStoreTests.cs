using System.Net;
using AttachmentGuide.TestSupport;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary>
/// <c>migrate-store --to postgres</c> on a real clinic store: a staff account, an inquiry sent through the form,
/// its status changed (audit entries), then moved into an empty PostgreSQL database and read there by a site with
/// no key folder of its own.
/// </summary>
public sealed class MigrateStoreTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private const string Email = "moving@clinic.example";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_moved_store_signs_staff_in_and_shows_every_inquiry_on_postgres_with_the_ciphertext_unchanged()
    {
        var target = databases.Create();
        using var sqlite = new StaffSiteFactory();
        var name = "Wanda Umzug " + Guid.NewGuid().ToString("N")[..6];
        var submitted = await StaffTestData.SubmitContactFormAsync(sqlite, new ContactValues(name, "wanda@example.com", Message: "Moving house, and my heart."));
        await StaffTestData.CreateStaffWithRolesAsync(sqlite, Email, "admin");
        await StaffTestData.SetStatusAsync(sqlite, submitted.Id, InquiryStatus.Contacted);
        using (var signIn = await new StaffBrowser(sqlite).SignInAsync(Email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var auditBefore = (await StaffTestData.AuditAsync(sqlite)).Select(a => (a.Id, a.Action)).ToList();
        Assert.NotEmpty(auditBefore);
        var (dataPath, databasePath, keysPath) = StoppedCopy(sqlite);
        var storedName = RawName(databasePath, submitted.Id);

        var moved = await MoveAsync(databasePath, keysPath, target.ConnectionString);

        Assert.True(moved.ExitCode == 0, moved.StandardError + moved.StandardOutput);
        Assert.Contains(moved.OutputLines, l => l.Contains("Inquiries", StringComparison.Ordinal) && l.Contains("1 row", StringComparison.Ordinal));
        Assert.DoesNotContain(name, moved.StandardOutput + moved.StandardError, StringComparison.Ordinal);
        Assert.Equal(storedName, await RawNameAsync(target.ConnectionString, submitted.Id));

        // A site on PostgreSQL with an empty key folder: the keys it reads came with the move.
        await using var postgres = new StaffSiteFactory();
        postgres.Settings["Database:Provider"] = DatabaseOptions.Postgres;
        postgres.Settings["ConnectionStrings:Inquiries"] = target.ConnectionString;
        var staff = new StaffBrowser(postgres);
        using (var signIn = await staff.SignInAsync(Email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var details = await staff.GetDocumentAsync($"/staff/inquiries/{submitted.Id}");
        Assert.Contains(name, details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Moving house, and my heart.", details.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains(submitted.Reference, details.Body.TextContent, StringComparison.Ordinal);

        // New rows after the move take new ids (the sign-in above added audit entries), and new forms are stored.
        var audit = await StaffTestData.AuditAsync(postgres);
        Assert.Equal(auditBefore, audit.Take(auditBefore.Count).Select(a => (a.Id, a.Action)));
        Assert.True(audit.Count > auditBefore.Count, $"{audit.Count} audit entries after the move and a sign-in, {auditBefore.Count} before");
        var after = await StaffTestData.SubmitContactFormAsync(postgres, new ContactValues("After The Move", "after@example.com"));
        Assert.NotEqual(submitted.Id, after.Id);
        Directory.Delete(dataPath, recursive: true);
    }

    [Fact]
    public async Task A_database_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var target = databases.Create();
        using var first = new StaffSiteFactory();
        await StaffTestData.SaveAsync(first, "First Clinic");
        var (firstData, firstDatabase, firstKeys) = StoppedCopy(first);
        var moved = await MoveAsync(firstDatabase, firstKeys, target.ConnectionString);
        Assert.True(moved.ExitCode == 0, moved.StandardError);

        using var second = new StaffSiteFactory();
        await StaffTestData.SaveAsync(second, "Second Clinic");
        var (secondData, secondDatabase, secondKeys) = StoppedCopy(second);
        var refused = await MoveAsync(secondDatabase, secondKeys, target.ConnectionString);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("1 row(s) in Inquiries", refused.StandardError, StringComparison.Ordinal);
        Assert.Contains("DataProtectionKeys", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(target.ConnectionString, "Inquiries"));
        Directory.Delete(firstData, recursive: true);
        Directory.Delete(secondData, recursive: true);
    }

    [Fact]
    public async Task A_store_the_running_site_has_open_is_refused()
    {
        var target = databases.Create();
        using var running = new StaffSiteFactory();
        await StaffTestData.SaveAsync(running, "Still Running");

        var refused = await MoveAsync(running.DatabasePath, Path.Combine(running.DataPath, "keys"), target.ConnectionString);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("stop the site first", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(target.ConnectionString, "DataProtectionKeys", orNoTable: true));
    }

    /// <summary>
    /// The site's store as a stopped site leaves it, in a folder of the test's own (the factory removes its data
    /// folder when disposed): the database copied by SQLite itself (VACUUM INTO, consistent while the site runs) and
    /// the key files. The site is then stopped.
    /// </summary>
    private static (string Folder, string Database, string Keys) StoppedCopy(StaffSiteFactory site)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ag-move-" + Guid.NewGuid().ToString("N"));
        var keys = Path.Combine(folder, "keys");
        Directory.CreateDirectory(keys);
        var database = Path.Combine(folder, "ag.db");
        using (var connection = new SqliteConnection($"Data Source={site.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var copy = connection.CreateCommand();
            copy.CommandText = "VACUUM INTO $file";
            copy.Parameters.AddWithValue("$file", database);
            copy.ExecuteNonQuery();
        }

        foreach (var key in Directory.EnumerateFiles(Path.Combine(site.DataPath, "keys")))
        {
            File.Copy(key, Path.Combine(keys, Path.GetFileName(key)));
        }

        site.Dispose();
        SqliteConnection.ClearAllPools();
        return (folder, database, keys);
    }

    private static Task<CliResult> MoveAsync(string databasePath, string keysPath, string target) =>
        CliRunner.RunAsync(Path.GetTempPath(), null, new Dictionary<string, string>
        {
            ["ConnectionStrings__Inquiries"] = $"Data Source={databasePath}",
            ["DataProtection__KeysPath"] = keysPath,
            ["ConnectionStrings__Postgres"] = target,
        }, "migrate-store", "--to", "postgres");

    private static string RawName(string databasePath, Guid id)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT Name FROM Inquiries WHERE Id = $id COLLATE NOCASE";
        query.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        return query.ExecuteScalar() as string ?? throw new InvalidOperationException("No such inquiry in " + databasePath);
    }

    private static async Task<string?> RawNameAsync(string connectionString, Guid id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var query = new NpgsqlCommand("""SELECT "Name" FROM "Inquiries" WHERE "Id" = $1""", connection);
        query.Parameters.AddWithValue(id);
        return await query.ExecuteScalarAsync(Token) as string;
    }

    private static async Task<long> CountAsync(string connectionString, string table, bool orNoTable = false)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        if (orNoTable)
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
            exists.Parameters.AddWithValue($"\"{table}\"");
            if (!(bool)(await exists.ExecuteScalarAsync(Token))!)
            {
                return 0;
            }
        }

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
        return (long)(await count.ExecuteScalarAsync(Token))!;
    }
}
