using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>Typing the staff area's own address leads to the inbox (through sign-in when needed), never the public 404.</summary>
public sealed class StaffEntryTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/")]
    [InlineData("/STAFF")]
    public async Task The_staff_address_sends_a_signed_out_person_to_the_inbox_which_asks_them_to_sign_in(string path)
    {
        using var anonymous = new StaffBrowser(site);

        using var entry = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, entry.StatusCode);
        Assert.Equal("/staff/inquiries", entry.Headers.Location?.OriginalString);

        using var inbox = await anonymous.GetAsync("/staff/inquiries");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), inbox.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task The_staff_address_sends_a_signed_in_person_to_the_inbox()
    {
        await StaffTestData.CreateStaffAsync(site, "entry@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("entry@clinic.example");

        using var entry = await staff.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, entry.StatusCode);
        Assert.Equal("/staff/inquiries", entry.Headers.Location?.OriginalString);
        await staff.GetDocumentAsync(entry.Headers.Location!.OriginalString);
    }
}
