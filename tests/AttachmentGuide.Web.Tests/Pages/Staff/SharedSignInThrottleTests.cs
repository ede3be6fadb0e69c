using System.Net;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Pages.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>
/// The sign-in slow-down on each engine: on PostgreSQL two instances share one database, as behind a load balancer,
/// and a guesser whose tries land on both is slowed as if they had landed on one; on SQLite the same tries go to one
/// site. Each instance has its own test clock, moved together.
/// </summary>
public sealed class SharedSignInThrottleTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private const string Owner = "owner@clinic.example";
    private const string Guesser = "203.0.113.40";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Failures_on_one_instance_make_the_guesser_wait_on_the_other(string provider)
    {
        var sites = Sites(provider);
        try
        {
            await StaffTestData.CreateStaffAsync(sites[0], Owner);
            for (var i = 0; i < 3; i++)
            {
                using var wrong = From(sites[i % sites.Length]);
                Assert.False(await SignsInAsync(wrong, $"guess {i}"));
            }

            // Two free tries, then 15 s: even the right password from that address waits, on whichever instance.
            foreach (var site in sites)
            {
                using var early = From(site);
                Assert.False(await SignsInAsync(early, StaffTestData.Password));
            }

            foreach (var site in sites)
            {
                site.Time.Advance(TimeSpan.FromSeconds(16));
            }

            using var afterWait = From(sites[^1]);
            Assert.True(await SignsInAsync(afterWait, StaffTestData.Password));
        }
        finally
        {
            DisposeAll(sites);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_success_on_one_instance_clears_the_account_for_the_other(string provider)
    {
        var sites = Sites(provider);
        try
        {
            await StaffTestData.CreateStaffAsync(sites[0], Owner);
            var other = sites[^1];
            // The guesser's address uses its free tries, and one more failure elsewhere starts the account's delay.
            for (var i = 0; i < 2; i++)
            {
                using var wrong = From(other);
                Assert.False(await SignsInAsync(wrong, $"guess {i}"));
            }

            using (var outsider = From(other, "198.51.100.1"))
            {
                Assert.False(await SignsInAsync(outsider, "outsider's guess"));
            }

            // Not in good standing, so it waits out the account's delay: even the right password is refused.
            using (var held = From(other))
            {
                Assert.False(await SignsInAsync(held, StaffTestData.Password));
            }

            // The owner signs in on the first instance from their own address, which starts the account again.
            using (var owner = From(sites[0], "192.0.2.10"))
            {
                Assert.True(await SignsInAsync(owner, StaffTestData.Password));
            }

            using var afterOwner = From(other);
            Assert.True(await SignsInAsync(afterOwner, StaffTestData.Password));
        }
        finally
        {
            DisposeAll(sites);
        }
    }

    [Fact]
    public async Task The_shared_counts_hold_keyed_hashes_never_the_address_or_the_email()
    {
        var database = databases.Create();
        var sites = Sites(DatabaseOptions.Postgres, database);
        try
        {
            await StaffTestData.CreateStaffAsync(sites[0], Owner);
            using var wrong = From(sites[0]);
            Assert.False(await SignsInAsync(wrong, "a guess"));

            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var read = new NpgsqlCommand("SELECT \"Key\", \"Count\" FROM \"SignInFailures\"", connection);
            var rows = new List<(string Key, int Count)>();
            await using (var reader = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken))
            {
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    rows.Add((reader.GetString(0), reader.GetInt32(1)));
                }
            }

            // The account, the address and the two together, each counted once, each 64 hex digits of HMAC-SHA256.
            Assert.Equal(3, rows.Count);
            Assert.All(rows, row =>
            {
                Assert.Equal(1, row.Count);
                Assert.Matches("^[0-9a-f]{64}$", row.Key);
            });
        }
        finally
        {
            DisposeAll(sites);
        }
    }

    /// <summary>One site on SQLite; two sharing one database (and its key ring) on PostgreSQL.</summary>
    private StaffSiteFactory[] Sites(string provider, TestSupport.PostgresDatabase? database = null)
    {
        var settings = databases.SettingsFor(provider, database ?? (provider == DatabaseOptions.Postgres ? databases.Create() : null));
        var first = Site(settings);
        _ = first.Services; // migrated before the second starts
        return provider == DatabaseOptions.Postgres ? [first, Site(settings)] : [first];
    }

    private static StaffSiteFactory Site(Dictionary<string, string> database)
    {
        var site = new StaffSiteFactory();
        foreach (var (key, value) in database)
        {
            site.Settings[key] = value;
        }

        site.Settings["Staff:SignInThrottle:FreeTries"] = "2";
        site.Settings["Staff:SignInThrottle:FirstDelaySeconds"] = "15";
        site.Settings["Staff:SignInThrottle:AccountMaxDelaySeconds"] = "60";
        site.Settings["Staff:SignInThrottle:AddressMaxDelaySeconds"] = "900";
        return site;
    }

    private static StaffBrowser From(StaffSiteFactory site, string address = Guesser) =>
        new StaffBrowser(site).WithHeader("X-Forwarded-For", address);

    private static async Task<bool> SignsInAsync(StaffBrowser browser, string password)
    {
        using var response = await browser.SignInAsync(Owner, password);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return true;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Equal(LoginModel.FailureMessage, page.QuerySelector("#error-summary li")?.Text());
        return false;
    }

    private static void DisposeAll(StaffSiteFactory[] sites)
    {
        foreach (var site in sites)
        {
            site.Dispose();
        }
    }
}
