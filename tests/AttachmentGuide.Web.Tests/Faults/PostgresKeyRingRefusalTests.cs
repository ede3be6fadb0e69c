using AttachmentGuide.Web.Tests.Infrastructure;
using Npgsql;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Faults;

/// <summary>
/// On PostgreSQL the key ring lives in the database beside the inquiries: keys deleted from it, or replaced by
/// another database's, stop start-up with one line that says so, instead of a new key that hides the loss.
/// </summary>
public sealed class PostgresKeyRingRefusalTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>, IDisposable
{
    private readonly SiteDataFolder _data = new("ag-pg-keys-");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Keys_deleted_from_the_database_stop_start_up_and_no_new_key_is_made()
    {
        var database = databases.Create();
        await StoreOneInquiryAsync(database);
        await ExecuteAsync(database, "DELETE FROM \"DataProtectionKeys\"");

        var message = await StartFailsAsync(database);

        Assert.Contains("DataProtectionKeys", message, StringComparison.Ordinal);
        Assert.Contains("holds no keys", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Stored Before", message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(database, "SELECT count(*) FROM \"DataProtectionKeys\""));
    }

    [Fact]
    public async Task Another_databases_keys_in_their_place_stop_start_up()
    {
        var database = databases.Create();
        var other = databases.Create();
        await StoreOneInquiryAsync(database);
        await StoreOneInquiryAsync(other);
        await ExecuteAsync(database, "DELETE FROM \"DataProtectionKeys\"");
        await using (var from = new NpgsqlConnection(other.ConnectionString))
        {
            await from.OpenAsync(Token);
            await using var read = new NpgsqlCommand("SELECT \"FriendlyName\", \"Xml\" FROM \"DataProtectionKeys\"", from);
            await using var keys = await read.ExecuteReaderAsync(Token);
            while (await keys.ReadAsync(Token))
            {
                await ExecuteAsync(database, "INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ($1, $2)", keys.GetString(0), keys.GetString(1));
            }
        }

        var message = await StartFailsAsync(database);

        Assert.Contains("no key that decrypts them", message, StringComparison.Ordinal);
    }

    private Task<SiteProcess> StartAsync(PostgresDatabase database)
    {
        var environment = SiteEnvironment.For(_data, "Production");
        environment["Database__Provider"] = "Postgres";
        environment["ConnectionStrings__Inquiries"] = database.ConnectionString;
        return SiteProcess.StartAsync(environment, Path.GetTempPath(), TimeSpan.FromSeconds(90), Token);
    }

    /// <summary>Starts the site, stores one inquiry (which also makes the first key), and stops it with SIGTERM.</summary>
    private async Task StoreOneInquiryAsync(PostgresDatabase database)
    {
        await using var site = await StartAsync(database);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };
        AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid("Stored Before").PostAsync());
        site.Terminate();
        Assert.Equal(0, await site.WaitForExitAsync(TimeSpan.FromSeconds(60), Token));
    }

    /// <summary>The one line the site printed before exiting 1, with no stack trace.</summary>
    private Task<string> StartFailsAsync(PostgresDatabase database) => StartupRefusal.LineAsync(() => StartAsync(database));

    private static async Task ExecuteAsync(PostgresDatabase database, string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        await command.ExecuteNonQueryAsync(Token);
    }

    private static async Task<long> ScalarAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }
}
