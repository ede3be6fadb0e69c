using System.Net;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Pages.Contact;

/// <summary>
/// The submission limit on each engine: on PostgreSQL two instances share one database, as behind a load balancer,
/// and a client posting to both still gets the limit once; on SQLite (one instance) the same posts go to one site.
/// TestServer gives every client the same address, so each test's hosts count one client.
/// </summary>
public sealed class SharedRateLimitTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private const int Limit = 3;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_client_posting_to_every_instance_gets_the_limit_once_in_all(string provider)
    {
        var sites = Sites(provider, ("Contact:RateLimit:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        try
        {
            var clients = sites.Select(s => s.CreatePlainClient()).ToArray();
            for (var i = 0; i < Limit; i++)
            {
                using var accepted = await (await LoadAsync(clients[i % clients.Length])).FillValid($"Person {i}").PostAsync();
                AssertSeeOtherToThanks(accepted);
            }

            // Whichever instance the next post lands on, the client has used its permits.
            foreach (var client in clients)
            {
                var refusedForm = (await LoadAsync(client)).FillValid("One too many");
                using var refused = await refusedForm.PostAsync();
                Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            }

            Assert.Equal(Limit, await InquiryCountAsync(sites[0]));
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_daily_limit_holds_across_instances_too(string provider)
    {
        var sites = Sites(provider, ("Contact:RateLimit:PerDay", "2"));
        try
        {
            var clients = sites.Select(s => s.CreatePlainClient()).ToArray();
            using (var first = await (await LoadAsync(clients[0])).FillValid("First").PostAsync())
            {
                AssertSeeOtherToThanks(first);
            }

            using (var second = await (await LoadAsync(clients[^1])).FillValid("Second").PostAsync())
            {
                AssertSeeOtherToThanks(second);
            }

            using var third = await (await LoadAsync(clients[0])).FillValid("Third").PostAsync();
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.Equal(2, await InquiryCountAsync(sites[0]));
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_flood_limit_on_posts_of_any_kind_holds_across_instances(string provider)
    {
        var sites = Sites(provider, ("Contact:RateLimit:PostLimit", "3"));
        try
        {
            var clients = sites.Select(s => s.CreatePlainClient()).ToArray();
            for (var i = 0; i < 3; i++)
            {
                // Empty forms: each is answered with its field messages, and each counts.
                using var returned = await (await LoadAsync(clients[i % clients.Length])).PostAsync();
                Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
            }

            foreach (var client in clients)
            {
                using var refused = await (await LoadAsync(client)).FillValid("After the flood").PostAsync();
                Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            }

            // The sign-in form carries the same policy, so the flood counts there too.
            using var signIn = new StaffBrowser(sites[^1]);
            using var refusedSignIn = await signIn.SignInAsync("someone@clinic.example", "not checked at all");
            Assert.Equal(HttpStatusCode.TooManyRequests, refusedSignIn.StatusCode);
            Assert.Equal(0, await InquiryCountAsync(sites[0]));
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Fact]
    public async Task The_shared_counts_hold_a_keyed_hash_never_the_client_address()
    {
        var database = databases.Create();
        var sites = Sites(DatabaseOptions.Postgres, database, ("Contact:RateLimit:PermitLimit", "5"));
        try
        {
            using (var accepted = await (await LoadAsync(sites[0].CreatePlainClient())).FillValid("Counted").PostAsync())
            {
                AssertSeeOtherToThanks(accepted);
            }

            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(Cancel);
            await using var read = new NpgsqlCommand("SELECT \"Key\", \"Count\" FROM \"RateWindows\"", connection);
            var rows = new List<(string Key, int Count)>();
            await using (var reader = await read.ExecuteReaderAsync(Cancel))
            {
                while (await reader.ReadAsync(Cancel))
                {
                    rows.Add((reader.GetString(0), reader.GetInt32(1)));
                }
            }

            // One row per window (the post flood limit, ten minutes, day), each counted once, each key 64 hex digits
            // of HMAC-SHA256.
            Assert.Equal(3, rows.Count);
            Assert.All(rows, row =>
            {
                Assert.Equal(1, row.Count);
                Assert.Matches("^[0-9a-f]{64}$", row.Key);
                Assert.DoesNotContain("unknown", row.Key, StringComparison.Ordinal);
            });
            await using var secret = new NpgsqlCommand("SELECT \"ProtectedKey\" FROM \"RateKeySecrets\"", connection);
            var stored = (string?)await secret.ExecuteScalarAsync(Cancel);
            // Encrypted with the key ring: not the base64 of 32 bytes a plain secret would be.
            Assert.NotNull(stored);
            Assert.True(stored.Length > 60, "the secret is stored as Data Protection ciphertext");
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    /// <summary>One site on SQLite; two sharing one database (and its key ring) on PostgreSQL.</summary>
    private ContactSiteFactory[] Sites(string provider, params (string Key, string Value)[] limits) =>
        Sites(provider, provider == DatabaseOptions.Postgres ? databases.Create() : null, limits);

    private ContactSiteFactory[] Sites(string provider, TestSupport.PostgresDatabase? database, params (string Key, string Value)[] limits)
    {
        var settings = databases.SettingsFor(provider, database).Select(s => (s.Key, s.Value)).Concat(limits).ToArray();
        var first = ContactSiteFactory.WithSettings(settings);
        _ = first.Services; // migrated before the second starts
        return provider == DatabaseOptions.Postgres ? [first, ContactSiteFactory.WithSettings(settings)] : [first];
    }

    private static async Task<int> InquiryCountAsync(ContactSiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SiteDbContext>().Inquiries.CountAsync(Cancel);
    }

    private static async Task DisposeAllAsync(ContactSiteFactory[] sites)
    {
        foreach (var site in sites)
        {
            await site.DisposeAsync();
        }
    }
}
