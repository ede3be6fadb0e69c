using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

public sealed class InquiryDetailsTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private static readonly ContactValues Everything = new(
        "Philippa Every-Field",
        "philippa.fields@example.com",
        Phone: "+44 20 7946 0018",
        PreferredContact: "phone",
        Voicemail: true,
        SayClinicName: true,
        ContactTime: "Weekday evenings after 6",
        Message: "First line of the message.\nSecond line, with <b>markup</b> & an ampersand.");

    /// <summary>The title of <see cref="StaffTestData.Article"/> in the real content.</summary>
    private const string ArticleTitle = "What Causes Attachment Trauma?";

    private async Task<StaffBrowser> SignedInAsync(string email)
    {
        await StaffTestData.CreateStaffAsync(site, email);
        var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(email);
        return staff;
    }

    private static Dictionary<string, IElement> Details(IDocument page) =>
        page.QuerySelectorAll("dl.details dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling!, StringComparer.Ordinal);

    [Fact]
    public async Task The_detail_page_shows_every_field_of_the_inquiry()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, Everything);
        using var staff = await SignedInAsync("details-all@clinic.example");

        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        var details = Details(page);
        Assert.Contains(Everything.Name, page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Equal(inquiry.Reference, details["Reference"].Text());
        Assert.Equal("Wednesday 15 July 2026, 10:30 (Europe/London)", details["Received"].Text());
        Assert.Equal("New", details["Status"].Text());
        Assert.Equal(Everything.Name, details["Name"].Text());
        Assert.Equal(Everything.Email, details["Email"].Text());
        Assert.Equal(Everything.Phone, details["Phone"].Text());
        Assert.Equal("Phone", details["Reply by"].Text());
        Assert.Equal("Yes", details["Voicemail allowed"].Text());
        Assert.Equal("Yes", details["May say the clinic's name"].Text());
        Assert.Equal(Everything.ContactTime, details["Good time to reach them"].Text());
        Assert.Equal(ArticleTitle, details["From article"].Text());
        Assert.Equal("/guide/" + StaffTestData.Article, details["From article"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("mailto:philippa.fields@example.com", details["Email"].QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("tel:+442079460018", details["Phone"].QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal(Everything.Message, details["Message"].TextContent.Trim());
        Assert.Empty(details["Message"].QuerySelectorAll("b"));
    }

    [Fact]
    public async Task The_detail_page_shows_No_for_refused_permissions()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Quentin Keeps-Private", "quentin@example.com"));
        using var staff = await SignedInAsync("details-no@clinic.example");

        var details = Details(await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}"));

        Assert.Equal("Email", details["Reply by"].Text());
        Assert.Equal("No", details["Voicemail allowed"].Text());
        Assert.Equal("No", details["May say the clinic's name"].Text());
    }

    [Fact]
    public async Task Refused_voicemail_and_clinic_name_are_a_notice_above_the_contact_details()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Ursula Careful-Call", "ursula@example.com", Phone: "07700 900123", PreferredContact: "phone"));
        using var staff = await SignedInAsync("details-safe@clinic.example");

        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        var notice = page.QuerySelector("main .safe-contact");
        Assert.NotNull(notice);
        Assert.Equal(
            ["Do not leave a voicemail.", "Do not say the clinic's name if someone else answers."],
            notice.QuerySelectorAll("li").Select(li => li.Text().Trim()).ToArray());
        var details = page.QuerySelector("main dl.details")!;
        Assert.True(notice.CompareDocumentPosition(details).HasFlag(DocumentPositions.Following), "The notice must come before the contact details");
        Assert.Equal("tel:07700900123", Details(page)["Phone"].QuerySelector("a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData(true, false, "Do not say the clinic's name if someone else answers.")]
    [InlineData(false, true, "Do not leave a voicemail.")]
    public async Task Only_the_restrictions_the_person_asked_for_are_in_the_notice(bool voicemail, bool clinicName, string expected)
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Vera One-Rule", "vera@example.com", Phone: "+1 (555) 010-0199", Voicemail: voicemail, SayClinicName: clinicName));
        using var staff = await SignedInAsync($"details-one-{voicemail}@clinic.example");

        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        Assert.Equal([expected], page.QuerySelectorAll("main .safe-contact li").Select(li => li.Text().Trim()).ToArray());
        Assert.Equal("tel:+15550100199", Details(page)["Phone"].QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task With_every_contact_allowed_there_is_no_notice()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, Everything);
        using var staff = await SignedInAsync("details-open@clinic.example");

        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        Assert.Null(page.QuerySelector("main .safe-contact"));
    }

    [Fact]
    public async Task A_removed_article_shows_its_slug_as_plain_text()
    {
        var stored = await StaffTestData.SaveAsync(site, "Walter Old-Link", sourceSlug: "an-article-since-removed");
        using var staff = await SignedInAsync("details-removed@clinic.example");

        var details = Details(await staff.GetDocumentAsync($"/staff/inquiries/{stored.Id}"));

        Assert.Null(details["From article"].QuerySelector("a"));
        Assert.Contains("an-article-since-removed", details["From article"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_typed_value_is_isolated_so_right_to_left_text_cannot_reorder_the_page()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("مريم حداد", "maryam@example.com", Phone: "+44 20 7946 0077", ContactTime: "بعد الظهر", Message: "مرحبا"));
        using var staff = await SignedInAsync("details-bidi@clinic.example");

        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        var details = Details(page);
        Assert.NotNull(page.QuerySelector("h1 bdi"));
        foreach (var field in new[] { "Name", "Email", "Phone", "Good time to reach them" })
        {
            Assert.True(details[field].QuerySelector("bdi") is not null, $"{field} is not isolated");
        }

        Assert.Equal("auto", details["Message"].GetAttribute("dir"));
    }

    [Fact]
    public async Task A_status_change_to_Contacted_and_a_note_are_saved_and_shown()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Rosalind Follow-Up", "rosalind@example.com"));
        using var staff = await SignedInAsync("details-update@clinic.example");
        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        using var saved = await staff.PostFormAsync(page, "Update", ("status", "Contacted"), ("note", "Rang on Tuesday; call again Friday"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await staff.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Saved.", shown.QuerySelector("p.notice")?.Text());
        Assert.Equal("Contacted", Details(shown)["Status"].Text());
        Assert.Equal("Contacted", shown.QuerySelector("select#status option[selected]")?.GetAttribute("value"));
        Assert.Equal("Rang on Tuesday; call again Friday", ((IHtmlTextAreaElement)shown.QuerySelector("textarea#note")!).Value);
        var stored = await StaffTestData.GetAsync(site, inquiry.Id);
        Assert.Equal(InquiryStatus.Contacted, stored!.Status);
        Assert.Equal("Rang on Tuesday; call again Friday", stored.InternalNote);
    }

    [Fact]
    public async Task An_unknown_status_is_refused_and_changes_nothing()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Sebastian Bad-Status", "sebastian@example.com"));
        using var staff = await SignedInAsync("details-bad-status@clinic.example");
        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        using var refused = await staff.PostFormAsync(page, "Update", ("status", "Archived"), ("note", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var stored = await StaffTestData.GetAsync(site, inquiry.Id);
        Assert.Equal(InquiryStatus.New, stored!.Status);
        Assert.Null(stored.InternalNote);
    }

    [Fact]
    public async Task Erasing_without_ticking_the_confirm_box_is_refused_with_a_message_and_keeps_the_inquiry()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Tobias Not-Yet", "tobias@example.com"));
        using var staff = await SignedInAsync("details-noconfirm@clinic.example");
        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        using var refused = await staff.PostFormAsync(page, "Delete");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await HtmlHelpers.ParseAsync(refused);
        Assert.Contains("Tick the box to confirm", shown.QuerySelector("#confirm-error")?.Text() ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull(await StaffTestData.GetAsync(site, inquiry.Id));
        await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");
    }

    [Fact]
    public async Task Erasing_with_the_confirm_box_ticked_removes_the_inquiry_so_its_page_is_404()
    {
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Ursula Erase-Me", "ursula@example.com"));
        using var staff = await SignedInAsync("details-erase@clinic.example");
        var page = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        using var erased = await staff.PostFormAsync(page, "Delete", ("confirm", "yes"));

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var inbox = await staff.GetDocumentAsync(erased.Headers.Location!.OriginalString);
        Assert.Equal("The inquiry was erased.", inbox.QuerySelector("p.notice")?.Text());
        Assert.DoesNotContain("Ursula Erase-Me", inbox.Body!.TextContent, StringComparison.Ordinal);
        using var gone = await staff.GetAsync($"/staff/inquiries/{inquiry.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Null(await StaffTestData.GetAsync(site, inquiry.Id));
    }

    [Fact]
    public async Task An_unknown_inquiry_id_is_404()
    {
        using var staff = await SignedInAsync("details-unknown@clinic.example");

        using var response = await staff.GetAsync($"/staff/inquiries/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
