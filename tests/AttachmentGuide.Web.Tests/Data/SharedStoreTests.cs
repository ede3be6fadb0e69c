using System.Net;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Data.Postgres;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Health;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Data;

/// <summary>
/// The store on each engine, the same assertions for both: what is kept, what races settle to. On PostgreSQL the
/// races run between two site instances on one database, as behind a load balancer; on SQLite (one instance by
/// design) between concurrent requests to one site.
/// </summary>
public sealed class SharedStoreTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One site on <paramref name="provider"/>, or two sharing one database and key ring on PostgreSQL.</summary>
    private StaffSiteFactory[] Sites(string provider)
    {
        var first = Site(databases.SettingsFor(provider));
        if (provider != DatabaseOptions.Postgres)
        {
            return [first];
        }

        // Each its own data folder, as on two machines: the key ring they share is the one in the database.
        return [first, Site(new Dictionary<string, string>(first.Settings, StringComparer.Ordinal))];
    }

    private static StaffSiteFactory Site(Dictionary<string, string> settings)
    {
        var site = new StaffSiteFactory();
        foreach (var (key, value) in settings)
        {
            site.Settings[key] = value;
        }

        return site;
    }

    private static async Task DisposeAllAsync(StaffSiteFactory[] sites)
    {
        foreach (var site in sites)
        {
            await site.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task An_inquiry_is_stored_encrypted_read_back_in_plain_and_updated_only_from_the_version_read(string provider)
    {
        var sites = Sites(provider);
        try
        {
            var site = sites[0];
            var saved = await StaffTestData.SaveAsync(site, "Ada Lovelace", "ada@example.com", "Private words");

            var read = (await StaffTestData.GetAsync(sites[^1], saved.Id))!;
            Assert.Equal(("Ada Lovelace", "ada@example.com", "Private words"), (read.Content.Name, read.Content.Email, read.Content.Message));
            Assert.Equal(StaffSiteFactory.Start.UtcDateTime, read.ReceivedAt);
            Assert.Equal(DateTimeKind.Utc, read.ReceivedAt.Kind);
            using (var scope = site.Services.CreateScope())
            {
                var stored = await scope.ServiceProvider.GetRequiredService<SiteDbContext>().Database
                    .SqlQueryRaw<string>("SELECT \"Name\" AS \"Value\" FROM \"Inquiries\"").SingleAsync(Cancel);
                Assert.DoesNotContain("Ada", stored, StringComparison.Ordinal);
            }

            using (var scope = site.Services.CreateScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<IInquiryStore>();
                Assert.Equal(InquiryUpdateResult.Updated, await store.UpdateAsync(saved.Id, read.Version, InquiryStatus.Contacted, "Called back", Cancel));
                Assert.Equal(InquiryUpdateResult.Conflict, await store.UpdateAsync(saved.Id, read.Version, InquiryStatus.Closed, "Stale", Cancel));
                Assert.Equal(InquiryUpdateResult.NotFound, await store.UpdateAsync(Guid.NewGuid(), 0, InquiryStatus.Closed, null, Cancel));
            }

            var updated = (await StaffTestData.GetAsync(sites[^1], saved.Id))!;
            Assert.Equal((InquiryStatus.Contacted, "Called back", read.Version + 1), (updated.Status, updated.InternalNote, updated.Version));
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_retention_delete_erases_exactly_what_was_received_before_the_cutoff(string provider)
    {
        var sites = Sites(provider);
        try
        {
            var site = sites[0];
            var old = await StaffTestData.SaveAsync(site, "Old");
            site.Time.Advance(TimeSpan.FromDays(40));
            await StaffTestData.SaveAsync(site, "New");

            using var scope = site.Services.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<IInquiryStore>();
            var deleted = await store.DeleteReceivedBeforeAsync(site.Time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(30), Cancel);

            Assert.Equal([old.Id], deleted);
            Assert.Equal(["New"], (await store.ExportAsync(null, Cancel)).Select(i => i.Content.Name));
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_form_submitted_many_times_at_once_is_stored_once_and_every_copy_gets_its_reference(string provider)
    {
        var sites = Sites(provider);
        try
        {
            foreach (var site in sites)
            {
                _ = site.Services; // both started before the race, so neither is still migrating
            }

            var token = Guid.NewGuid();
            var content = new InquiryContent("Twice", "twice@example.com", null, ContactMethod.Email, false, false, null, "Hello", null);
            var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            {
                using var scope = sites[i % sites.Length].Services.CreateScope();
                return await scope.ServiceProvider.GetRequiredService<IInquiryStore>().SaveAsync(new NewInquiry(token, content), Cancel);
            }, Cancel)));

            Assert.Single(results, r => r.Created);
            Assert.Single(results.Select(r => (r.Id, r.Reference)).Distinct());
            using var check = sites[0].Services.CreateScope();
            Assert.Equal(1, await check.ServiceProvider.GetRequiredService<SiteDbContext>().Inquiries.CountAsync(Cancel));
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Senders_claiming_at_once_take_every_due_alert_exactly_once(string provider)
    {
        const int Due = 100;
        const int Senders = 4;
        var sites = Sites(provider);
        try
        {
            var now = StaffSiteFactory.Start.UtcDateTime;
            using (var scope = sites[0].Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
                db.Outbox.AddRange(Enumerable.Range(0, Due).Select(i => new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    Kind = OutboxKind.NewInquiry,
                    Reference = $"REF{i:D3}",
                    CreatedAt = now.AddMinutes(-i),
                    NextAttemptAt = now.AddSeconds(-i),
                }));
                // One not yet due, which no claim may take.
                db.Outbox.Add(new OutboxMessage { Id = Guid.CreateVersion7(), Kind = OutboxKind.ReplyDue, Reference = "LATER", CreatedAt = now, NextAttemptAt = now.AddHours(1) });
                await db.SaveChangesAsync(Cancel);
            }

            // Senders spread over the two instances on PostgreSQL, all on the one site (each its own scope) on SQLite.
            var claims = await Task.WhenAll(Enumerable.Range(0, Senders).Select(sender => Task.Run(async () =>
            {
                using var scope = sites[sender % sites.Length].Services.CreateScope();
                var claim = scope.ServiceProvider.GetRequiredService<OutboxClaim>();
                var taken = new List<OutboxMessage>();
                while (await claim.NextAsync(now, now.AddMinutes(5), Cancel) is { } message)
                {
                    taken.Add(message);
                }

                return taken;
            }, Cancel)));

            var all = claims.SelectMany(c => c).ToList();
            Assert.Equal(Due, all.Count);
            Assert.Equal(Due, all.Select(m => m.Id).Distinct().Count());
            Assert.DoesNotContain(all, m => m.Reference == "LATER");
            // Each claim hands back the message as it was due, and leaves its row leased.
            Assert.All(all, m => Assert.True(m.NextAttemptAt <= now));
            using var check = sites[0].Services.CreateScope();
            var leased = await check.ServiceProvider.GetRequiredService<SiteDbContext>().Outbox.CountAsync(m => m.NextAttemptAt == now.AddMinutes(5), Cancel);
            Assert.Equal(Due, leased);
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Fact]
    public async Task A_site_starting_while_another_instance_holds_the_migration_lock_waits_for_it_and_then_comes_up()
    {
        var settings = databases.SettingsFor(DatabaseOptions.Postgres);
        await using var holder = new NpgsqlConnection(settings["ConnectionStrings:Inquiries"]);
        await holder.OpenAsync(Cancel);
        await ExecuteAsync(holder, $"SELECT pg_advisory_lock({PostgresDatabaseStartup.MigrationLockKey})");
        await using var site = Site(settings);

        var starting = Task.Run(() => site.Services, Cancel);
        // The condition, not a pause: the site's session is queued on the lock this test holds.
        while (await ExecuteAsync(holder, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND pid <> pg_backend_pid()") == 0)
        {
            Assert.False(starting.IsCompleted, "the site started without waiting for the migration lock");
            await Task.Delay(50, Cancel);
        }

        await using (var probe = new NpgsqlConnection(settings["ConnectionStrings:Inquiries"]))
        {
            await probe.OpenAsync(Cancel);
            Assert.Equal(0L, await ExecuteAsync(probe, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'Inquiries'"));
        }

        await ExecuteAsync(holder, $"SELECT pg_advisory_unlock({PostgresDatabaseStartup.MigrationLockKey})");
        await starting.WaitAsync(TimeSpan.FromMinutes(2), Cancel);
        var saved = await StaffTestData.SaveAsync(site, "After the wait");
        Assert.Equal("After the wait", (await StaffTestData.GetAsync(site, saved.Id))!.Content.Name);
    }

    [Fact]
    public async Task A_field_one_instance_encrypted_is_read_by_another_with_the_key_ring_in_the_database_and_no_key_file()
    {
        var sites = Sites(DatabaseOptions.Postgres);
        try
        {
            var saved = await StaffTestData.SaveAsync(sites[0], "Read on B", "b@example.com", "Written on A");

            var read = (await StaffTestData.GetAsync(sites[1], saved.Id))!;
            Assert.Equal(("Read on B", "Written on A"), (read.Content.Name, read.Content.Message));
            using var scope = sites[1].Services.CreateScope();
            var keys = await scope.ServiceProvider.GetRequiredService<KeyRingDbContext>().DataProtectionKeys.CountAsync(Cancel);
            Assert.True(keys >= 1, "no key in the database");
            Assert.All(sites, site => Assert.False(
                Directory.Exists(Path.Combine(site.DataPath, "keys")) && Directory.EnumerateFiles(Path.Combine(site.DataPath, "keys"), "key-*.xml").Any(),
                "a key was written to the key folder"));
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }

    [Fact]
    public async Task Ready_is_200_on_postgres_and_503_naming_the_write_check_once_the_database_refuses_writes()
    {
        var settings = databases.SettingsFor(DatabaseOptions.Postgres);
        await using var site = Site(settings);
        using var client = site.CreatePlainClient();

        var healthy = await HealthEndpointTests.WhenReadyAsync(client);
        Assert.True(healthy.Status == HttpStatusCode.OK, healthy.Body);

        var connection = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Inquiries"]);
        await using (var admin = new NpgsqlConnection(connection.ConnectionString))
        {
            await admin.OpenAsync(Cancel);
            await ExecuteAsync(admin, $"ALTER DATABASE \"{connection.Database}\" SET default_transaction_read_only = on");
        }

        // New sessions get the setting; the site's pooled ones would keep the old one.
        NpgsqlConnection.ClearAllPools();
        var refused = await HealthEndpointTests.GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal("Unhealthy", refused.Checks["database-writable"]);
        Assert.Equal("Healthy", refused.Checks["database"]);
    }

    private static async Task<long> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Cancel) is long count ? count : 0;
    }

    [Fact]
    public async Task Two_sites_starting_at_once_on_an_empty_database_both_come_up_on_one_schema()
    {
        var sites = Sites(DatabaseOptions.Postgres);
        try
        {
            await Task.WhenAll(sites.Select(site => Task.Run(() => site.Services, Cancel)));

            using var scope = sites[1].Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Cancel));
            var migrated = sites.SelectMany(s => s.Logs.Events).Count(e => e.MessageTemplate.Text.StartsWith("Inquiry database: applied migrations", StringComparison.Ordinal));
            Assert.Equal(1, migrated);
            var saved = await StaffTestData.SaveAsync(sites[0], "Written on A");
            Assert.Equal("Written on A", (await StaffTestData.GetAsync(sites[1], saved.Id))!.Content.Name);
        }
        finally
        {
            await DisposeAllAsync(sites);
        }
    }
}
