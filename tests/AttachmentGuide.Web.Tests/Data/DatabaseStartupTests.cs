using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Data.Sqlite;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary>
/// Start-up prepares the database with a plain SQLite connection when the schema is current, and runs
/// EF Core's migrations only when one is pending: the first start, and the first after a release.
/// </summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private const string Category = "AttachmentGuide.Web.Data.SiteDbContext";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ag-db-startup-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "inquiries.db");

    [Fact]
    public void The_migration_list_is_the_one_ef_core_finds()
    {
        var options = new DbContextOptionsBuilder<SiteDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SiteDbContext(options, new PersonalFieldProtector(new EphemeralDataProtectionProvider()));

        Assert.NotEmpty(SqliteMigrations.Ids);
        Assert.Equal(db.Database.GetMigrations(), SqliteMigrations.Ids);
    }

    [Fact]
    public async Task First_start_migrates_later_starts_only_check_and_both_report_the_settings()
    {
        var first = await StartAndReadLogAsync();
        Assert.Contains(first, e => e.MessageTemplate.Text.Contains("applied migrations", StringComparison.Ordinal));
        AssertReady(first);
        Assert.Equal(SqliteMigrations.Ids, AppliedMigrations());

        var second = await StartAndReadLogAsync();
        Assert.DoesNotContain(second, e => e.MessageTemplate.Text.Contains("applied migrations", StringComparison.Ordinal));
        AssertReady(second);
    }

    [Fact]
    public async Task A_database_made_by_the_staff_command_is_used_as_it_is()
    {
        Directory.CreateDirectory(_folder);
        await using (var staff = await StaffDatabase.OpenAsync(DatabasePath))
        {
            await staff.AddAsync("counsellor@example.org");
        }

        var log = await StartAndReadLogAsync();

        Assert.DoesNotContain(log, e => e.MessageTemplate.Text.Contains("applied migrations", StringComparison.Ordinal));
        AssertReady(log);
    }

    [Fact]
    public async Task A_database_the_site_cannot_write_stops_start_up_with_a_message_naming_the_file_and_the_setting()
    {
        await StartAndReadLogAsync();

        // Mode=ReadOnly stands in for a read-only mount or a file owned by another user (tests run as root).
        using var site = ContactSiteFactory.WithSettings(("ConnectionStrings:Inquiries", $"Data Source={DatabasePath};Mode=ReadOnly"));
        var failure = Assert.ThrowsAny<Exception>(() => site.CreatePlainClient()).GetBaseException();

        // The site's own explanation, not SQLite's exception passed on.
        var explained = Assert.IsType<SiteStartupException>(failure);
        Assert.Contains(DatabasePath, explained.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Inquiries", explained.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", explained.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_folder_that_is_missing_and_cannot_be_created_stops_start_up_with_a_message_naming_it_and_the_setting()
    {
        // A file where the folder should be: the folder can never be created, whoever the site runs as.
        Directory.CreateDirectory(_folder);
        var notAFolder = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(notAFolder, "a file, not a folder");
        var folder = Path.Combine(notAFolder, "data");

        using var site = ContactSiteFactory.WithSettings(("ConnectionStrings:Inquiries", $"Data Source={Path.Combine(folder, "inquiries.db")}"));
        var failure = Assert.ThrowsAny<Exception>(() => site.CreatePlainClient()).GetBaseException();

        var explained = Assert.IsType<SiteStartupException>(failure);
        Assert.Contains(folder, explained.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be created", explained.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Inquiries", explained.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connections_that_store_inquiries_carry_the_durability_and_erasure_settings()
    {
        using var site = ContactSiteFactory.WithSettings(("ConnectionStrings:Inquiries", $"Data Source={DatabasePath}"));
        using var client = site.CreatePlainClient();
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();

        // A fresh physical connection: pooled ones may still carry what start-up set on its own.
        SqliteConnection.ClearAllPools();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", Pragma(connection, "journal_mode"));
        Assert.Equal("2", Pragma(connection, "synchronous"));
        Assert.Equal("10000", Pragma(connection, "busy_timeout"));
        Assert.Equal("1", Pragma(connection, "secure_delete"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    internal static void AssertReady(IReadOnlyList<Serilog.Events.LogEvent> log)
    {
        var ready = Assert.Single(log, e => e.MessageTemplate.Text.StartsWith("Inquiry database {DataSource} ready", StringComparison.Ordinal));
        Assert.Equal("wal", LogCapture.Scalar(ready, "JournalMode"));
        Assert.Equal("FULL", LogCapture.Scalar(ready, "Synchronous"));
    }

    private Task<IReadOnlyList<Serilog.Events.LogEvent>> StartAndReadLogAsync() => StartAndReadLogAsync(DatabasePath);

    /// <summary>Starts the site on the database at <paramref name="databasePath"/>, asks for the home page, and returns the log.</summary>
    internal static async Task<IReadOnlyList<Serilog.Events.LogEvent>> StartAndReadLogAsync(string databasePath)
    {
        using var site = ContactSiteFactory.WithSettings(
            ("ConnectionStrings:Inquiries", $"Data Source={databasePath}"),
            ($"Serilog:MinimumLevel:Override:{Category}", "Information"));
        using var client = site.CreatePlainClient();
        var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return site.Logs.Events;
    }

    private static string? Pragma(System.Data.Common.DbConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> AppliedMigrations()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM \"__EFMigrationsHistory\" ORDER BY MigrationId;";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
