using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary>On each engine: the retention sweep is the same store query on SQLite and on PostgreSQL.</summary>
public sealed class RetentionTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private StaffSiteFactory Site(string provider)
    {
        var site = new StaffSiteFactory();
        foreach (var (key, value) in databases.SettingsFor(provider))
        {
            site.Settings[key] = value;
        }

        return site;
    }

    private static async Task<int> SweepAsync(StaffSiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweeper>().SweepAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> RemainingAsync(StaffSiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        var all = await scope.ServiceProvider.GetRequiredService<IInquiryStore>().ExportAsync(null, TestContext.Current.CancellationToken);
        return all.Select(i => i.Content.Name).Order(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_sweep_deletes_exactly_the_inquiries_received_before_the_retention_period_and_returns_how_many(string provider)
    {
        await using var site = Site(provider);
        site.Settings["Inquiries:RetentionDays"] = "30";
        var first = await StaffTestData.SaveAsync(site, "Day 0");
        site.Time.Advance(TimeSpan.FromDays(15) - TimeSpan.FromMinutes(1));
        var second = await StaffTestData.SaveAsync(site, "Day 15 less a minute");
        site.Time.Advance(TimeSpan.FromMinutes(2));
        await StaffTestData.SaveAsync(site, "Day 15 and a minute");
        site.Time.Advance(TimeSpan.FromDays(10));
        await StaffTestData.SaveAsync(site, "Day 25");

        // Now day 45: the cut-off (30 days back) is day 15.
        site.Time.Advance(TimeSpan.FromDays(20) - TimeSpan.FromMinutes(1));
        var deleted = await SweepAsync(site);

        Assert.Equal(2, deleted);
        Assert.Equal(["Day 15 and a minute", "Day 25"], await RemainingAsync(site));
        Assert.Equal(0, await SweepAsync(site));
        var audited = (await StaffTestData.AuditAsync(site)).Where(a => a.Action == AuditActions.RetentionDelete).ToList();
        Assert.Equal([first.Id, second.Id], audited.Select(a => a.InquiryId!.Value).Order());
        Assert.All(audited, a => Assert.Equal(RetentionSweeper.Actor, a.Actor));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task With_the_default_year_nothing_younger_than_a_year_is_swept(string provider)
    {
        await using var site = Site(provider);
        await StaffTestData.SaveAsync(site, "Eleven months old");
        site.Time.Advance(TimeSpan.FromDays(330));
        await StaffTestData.SaveAsync(site, "Brand new");

        Assert.Equal(0, await SweepAsync(site));
        site.Time.Advance(TimeSpan.FromDays(40));
        Assert.Equal(1, await SweepAsync(site));
        Assert.Equal(["Brand new"], await RemainingAsync(site));
    }
}
