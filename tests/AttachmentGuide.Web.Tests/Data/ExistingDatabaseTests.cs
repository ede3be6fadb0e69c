using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary>
/// A database made before the move to Data/ (its schema kept in Fixtures/Database/main-schema.sql, as
/// main's code created it) needs only the migrations made since (the alert outbox, then the staff roles) to be the
/// site's database; the roles migration gives every account it finds the inbox role, so nobody loses the inbox.
/// </summary>
public sealed class ExistingDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ag-db-existing-" + Guid.NewGuid().ToString("N"));

    private static string MainSchemaScript => File.ReadAllText(Path.Combine(TestPaths.Fixture("Database"), "main-schema.sql"));

    /// <summary>The first migration made since main's schema: the alert outbox and the stored reply-due time.</summary>
    private const string AlertMigration = "20261202045459_AlertOutboxAndReplyDue";

    /// <summary>The second: the three staff roles, inbox for every existing account, and the audit entry's detail.</summary>
    private const string RolesMigration = "20261202140141_StaffRoles";

    /// <summary>The third: the browser editor's history of content files (a new table, nothing else changed).</summary>
    private const string HistoryMigration = "20261202182749_ContentHistory";

    [Fact]
    public async Task A_database_with_the_schema_main_made_gets_only_the_alert_roles_and_history_migrations_and_keeps_its_rows()
    {
        var path = CreateFromMainSchema("existing.db");
        var before = Schema(path);

        var log = await DatabaseStartupTests.StartAndReadLogAsync(path);

        var applied = Assert.Single(log, e => e.MessageTemplate.Text.Contains("applied migrations", StringComparison.Ordinal));
        Assert.Equal($"[\"{AlertMigration}\", \"{RolesMigration}\", \"{HistoryMigration}\"]", applied.Properties["Migrations"].ToString());
        DatabaseStartupTests.AssertReady(log);
        var after = Schema(path);
        // Every table and index main made is still there, unchanged, but for the new columns of Inquiries and AuditLog.
        Assert.DoesNotContain(before.Except(after), line => !line.StartsWith("table Inquiries:", StringComparison.Ordinal) && !line.StartsWith("table AuditLog:", StringComparison.Ordinal));
        Assert.Contains("migration " + AlertMigration, after);
        Assert.Contains("migration " + RolesMigration, after);
        Assert.Contains("migration " + HistoryMigration, after);
        Assert.Contains(after, line => line.StartsWith("table ContentVersions:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accounts_made_before_roles_get_the_inbox_role_and_nothing_more_so_they_keep_the_inbox()
    {
        var path = CreateFromMainSchema("accounts.db");
        Execute(path, """
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('u-1', 'one@clinic.example', 'ONE@CLINIC.EXAMPLE', 'one@clinic.example', 'ONE@CLINIC.EXAMPLE', 1, 0, 0, 1, 0),
                   ('u-2', 'two@clinic.example', 'TWO@CLINIC.EXAMPLE', 'two@clinic.example', 'TWO@CLINIC.EXAMPLE', 1, 0, 0, 1, 0);
            """);

        await DatabaseStartupTests.StartAndReadLogAsync(path);

        Assert.Equal(["admin", "editor", "inbox"], Query(path, "SELECT \"Name\" FROM \"AspNetRoles\" ORDER BY 1"));
        Assert.Equal(
            ["u-1 inbox", "u-2 inbox"],
            Query(path, "SELECT u.\"UserId\" || ' ' || r.\"Name\" FROM \"AspNetUserRoles\" u JOIN \"AspNetRoles\" r ON r.\"Id\" = u.\"RoleId\" ORDER BY 1"));
    }

    [Fact]
    public async Task Main_schema_with_the_alert_and_roles_migrations_is_exactly_the_schema_the_migrations_create()
    {
        var upgraded = CreateFromMainSchema("main.db");
        await DatabaseStartupTests.StartAndReadLogAsync(upgraded);
        var migrated = Path.Combine(_folder, "new.db");
        await DatabaseStartupTests.StartAndReadLogAsync(migrated);

        Assert.Equal(Normalized(Schema(upgraded)), Normalized(Schema(migrated)));
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_would_have_to_carry()
    {
        var options = new DbContextOptionsBuilder<SiteDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SiteDbContext(options, new PersonalFieldProtector(new EphemeralDataProtectionProvider()));

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the migrations' snapshot: the schema would change");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string CreateFromMainSchema(string fileName)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, fileName);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = MainSchemaScript;
        command.ExecuteNonQuery();
        return path;
    }

    // SQLite keeps an ALTER TABLE ADD COLUMN as text appended to the table's CREATE statement; compare columns, not spacing.
    private static List<string> Normalized(List<string> schema) =>
        schema.Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"\s+", " ").Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal)).ToList();

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Every table, index and trigger as SQLite stores its definition, and the applied migrations.</summary>
    private static List<string> Schema(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'sqlite_sequence'
            UNION ALL SELECT 'migration ' || MigrationId FROM "__EFMigrationsHistory"
            ORDER BY 1;
            """;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
