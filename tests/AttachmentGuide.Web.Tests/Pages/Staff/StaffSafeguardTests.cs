using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

public sealed class StaffSafeguardTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private async Task<StaffBrowser> SignedInAsync(string email)
    {
        await StaffTestData.CreateStaffAsync(site, email);
        var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(email);
        return staff;
    }

    [Fact]
    public async Task Two_staff_saving_the_same_inquiry_cannot_silently_overwrite_each_other()
    {
        var inquiry = await StaffTestData.SaveAsync(site, "Shared Case");
        using var first = await SignedInAsync("first-editor@clinic.example");
        using var second = await SignedInAsync("second-editor@clinic.example");
        var firstPage = await first.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");
        var secondPage = await second.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        using var saved = await second.PostFormAsync(secondPage, "Update", ("status", "New"), ("note", "Never leave a voicemail"));
        using var stale = await first.PostFormAsync(firstPage, "Update", ("status", "Contacted"), ("note", ""));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var conflict = await HtmlHelpers.ParseAsync(stale);
        Assert.Contains("Someone else saved a change", conflict.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var stored = await StaffTestData.GetAsync(site, inquiry.Id);
        Assert.Equal("Never leave a voicemail", stored!.InternalNote);
        Assert.Equal(InquiryStatus.New, stored.Status);
    }

    [Fact]
    public async Task Two_step_sign_in_can_be_turned_on_and_is_then_asked_for()
    {
        const string email = "totp-user@clinic.example";
        using var staff = await SignedInAsync(email);
        var account = await staff.GetDocumentAsync("/staff/account");
        using var started = await staff.PostFormAsync(account, "Start");
        var setup = await HtmlHelpers.ParseAsync(started);
        var key = setup.QuerySelector(".shared-key code")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);

        // The code that turns it on is used up; signing in takes the next one the app shows.
        var (first, next) = (AuthenticatorApp.Code(key), AuthenticatorApp.Code(key, 1));
        using var confirmed = await staff.PostFormAsync(setup, "Confirm", ("code", first));

        Assert.Equal("/staff/account?notice=on", confirmed.Headers.Location?.OriginalString);
        var after = await staff.GetDocumentAsync("/staff/account");
        Assert.Contains("Two-step sign-in is on", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var fresh = new StaffBrowser(site);
        using var password = await fresh.SignInAsync(email, StaffTestData.Password);
        Assert.StartsWith("/staff/login/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var codePage = await fresh.GetDocumentAsync("/staff/login/code");
        var form = codePage.QuerySelector("form[method=post]")!;
        using var signedIn = await fresh.PostAsync("/staff/login/code", [
            new("__RequestVerificationToken", StaffBrowser.Token(codePage)),
            new("Input.Code", next),
            new("ReturnUrl", form.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value") ?? string.Empty),
        ]);
        Assert.Equal("/staff/inquiries", signedIn.Headers.Location?.OriginalString);
    }

#if !ON_POSTGRES
    // SQLite only: the site runs it with secure_delete, so an erased row's bytes are overwritten. PostgreSQL keeps an
    // erased row's old version in its write-ahead log until the segment is recycled (README, "Scaling out"): there
    // the ciphertext that stays is readable only with the key ring.
    [Fact]
    public async Task Erasing_an_inquiry_leaves_none_of_its_stored_bytes_in_the_database_files()
    {
        var inquiry = await StaffTestData.SaveAsync(site, "Erase Me Completely", message: "a message that must vanish");
        var cipher = InquiryTable.ReadAll(site).Single(r => r.Id == inquiry.Id).Message!;

        using var staff = await SignedInAsync("eraser@clinic.example");
        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");
        using var erased = await staff.PostFormAsync(page, "Delete", ("confirm", "yes"));

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        foreach (var file in site.StoreFiles().Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(cipher[..40])) < 0, $"{Path.GetFileName(file)} still holds the erased message");
        }
    }
#endif

    [Fact]
    public async Task A_failed_sign_in_records_no_typed_text_and_cannot_forge_log_lines()
    {
        using var browser = new StaffBrowser(site);
        const string forged = "nobody@x.example\n[18:40:00 INF] AuditLog: Audit: admin@clinic.example export forged-line";

        using var response = await browser.SignInAsync(forged, "a password typed in the wrong box");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await StaffTestData.AuditAsync(site);
        Assert.Contains(audit, a => a.Action == AuditActions.SignInFailed && a.Actor == AuditLog.UnknownAccount);
        Assert.DoesNotContain(audit, a => a.Actor.Contains("forged-line", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Logs.Events, e => LogCapture.Render(e).Contains("forged-line", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Logs.Events, e => LogCapture.Render(e).Contains("wrong box", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_status_filter_that_is_not_a_status_name_shows_every_inquiry()
    {
        await StaffTestData.SaveAsync(site, "Filter Probe");
        using var staff = await SignedInAsync("filter-probe@clinic.example");

        var page = await staff.GetDocumentAsync("/staff/inquiries?status=7");

        Assert.Contains(page.QuerySelectorAll("table.inbox a"), a => a.TextContent == "Filter Probe");
        Assert.Null(((IHtmlSelectElement)page.QuerySelector("select#status")!).SelectedOptions.FirstOrDefault(o => o.Value != string.Empty));
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, TestContext.Current.CancellationToken);
        return memory.ToArray();
    }
}
