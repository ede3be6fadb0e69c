using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>A session ends after 30 minutes without a request, and after 8 hours however active it is. Each test moves its own site's clock.</summary>
public sealed class StaffSessionLimitTests
{
    private static async Task<HttpStatusCode> InboxAsync(StaffBrowser staff)
    {
        using var response = await staff.GetAsync("/staff/inquiries");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        }

        return response.StatusCode;
    }

    [Fact]
    public async Task A_session_kept_active_with_a_request_every_20_minutes_is_refused_after_8_hours()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffAsync(site, "all-day@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("all-day@clinic.example");
        var signedInAt = site.Time.GetUtcNow();

        while (site.Time.GetUtcNow() - signedInAt < TimeSpan.FromHours(8) - TimeSpan.FromMinutes(20))
        {
            site.Time.Advance(TimeSpan.FromMinutes(20));
            Assert.True(await InboxAsync(staff) == HttpStatusCode.OK, $"Refused after {site.Time.GetUtcNow() - signedInAt} although active");
        }

        site.Time.Advance(TimeSpan.FromMinutes(20));
        await InboxAsync(staff); // exactly 8 hours: either answer is fair
        site.Time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.Redirect, await InboxAsync(staff));
    }

    [Fact]
    public async Task A_session_survives_29_idle_minutes_but_not_31()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffAsync(site, "idle@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("idle@clinic.example");

        site.Time.Advance(TimeSpan.FromMinutes(29));
        var after29 = await InboxAsync(staff);
        site.Time.Advance(TimeSpan.FromMinutes(31));
        var after31More = await InboxAsync(staff);

        Assert.Equal(HttpStatusCode.OK, after29);
        Assert.Equal(HttpStatusCode.Redirect, after31More);
    }

    [Fact]
    public async Task A_session_left_for_31_minutes_straight_after_sign_in_is_refused()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.CreateStaffAsync(site, "idle-at-once@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("idle-at-once@clinic.example");

        site.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Redirect, await InboxAsync(staff));
    }
}
