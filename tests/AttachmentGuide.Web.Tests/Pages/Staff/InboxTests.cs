using AngleSharp.Dom;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>The inbox list. Each test has its own site, so the counts are its own.</summary>
public sealed class InboxTests
{
    private const string Staff = "inbox@clinic.example";

    private static async Task<StaffBrowser> SignedInAsync(StaffSiteFactory site)
    {
        await StaffTestData.CreateStaffAsync(site, Staff);
        var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(Staff);
        return staff;
    }

    private static List<IElement> Rows(IDocument inbox) => inbox.QuerySelectorAll("table.inbox tbody tr").ToList();

    private static string NameOf(IElement row) => row.QuerySelector("td a")!.Text();

    [Fact]
    public async Task The_inbox_shows_a_submitted_inquiry_with_name_clinic_time_source_article_and_status_New()
    {
        await using var site = new StaffSiteFactory();
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Ottoline Inbox-Row", "ottoline@example.com"));
        using var staff = await SignedInAsync(site);

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");

        Assert.Contains("(1 new)", inbox.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        var row = Assert.Single(Rows(inbox));
        var cells = row.QuerySelectorAll("td").ToList();
        Assert.Equal("Ottoline Inbox-Row", NameOf(row));
        Assert.Equal($"/staff/inquiries/{inquiry.Id}", row.QuerySelector("td a")!.GetAttribute("href"));
        Assert.Contains(inquiry.Reference, cells[0].Text(), StringComparison.Ordinal);
        // Received at 09:30 UTC on 15 July: 10:30 in London (BST).
        Assert.Equal("15 Jul 2026 10:30", cells[1].Text());
        Assert.Equal(DateTime.Parse(cells[1].QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), StaffSiteFactory.Start.UtcDateTime);
        Assert.Contains("Europe/London", inbox.QuerySelector("table.inbox thead")!.Text(), StringComparison.Ordinal);
        // The article's title, as on the detail page, not its slug.
        Assert.Equal("What Causes Attachment Trauma?", cells[2].Text());
        Assert.Equal("New", cells[3].Text());
    }

    [Fact]
    public async Task An_article_no_longer_published_is_named_by_its_slug_and_said_to_be_gone()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.SaveAsync(site, "Retired Source", sourceSlug: "an-article-since-retired");
        await StaffTestData.SaveAsync(site, "No Source", sourceSlug: null);
        using var staff = await SignedInAsync(site);

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");

        var sources = Rows(inbox).ToDictionary(NameOf, r => r.QuerySelectorAll("td")[2].Text());
        Assert.Equal("an-article-since-retired (no longer published)", sources["Retired Source"]);
        Assert.Equal("—", sources["No Source"]);
    }

    [Fact]
    public async Task A_name_sent_with_bidirectional_controls_is_listed_without_them_and_every_typed_value_in_the_row_is_isolated()
    {
        await using var site = new StaffSiteFactory();
        // U+202E would show the rest of the row backwards: "Ann" then "2026 fer" read right to left.
        await StaffTestData.SubmitContactFormAsync(site, new ContactValues("Ann \u202Efer 2026\u202C Lee\u2067\u200F", "ann@example.com"));
        using var staff = await SignedInAsync(site);

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");

        var row = Assert.Single(Rows(inbox));
        Assert.Equal("Ann fer 2026 Lee", row.QuerySelector("td a > bdi")?.TextContent);
        Assert.Equal("What Causes Attachment Trauma?", row.QuerySelectorAll("td")[2].QuerySelector("bdi")?.TextContent);
        Assert.DoesNotContain(inbox.Body!.TextContent, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F');
    }

    [Fact]
    public async Task The_new_count_counts_only_inquiries_with_status_New()
    {
        await using var site = new StaffSiteFactory();
        var first = await StaffTestData.SaveAsync(site, "Count One");
        await StaffTestData.SaveAsync(site, "Count Two");
        await StaffTestData.SaveAsync(site, "Count Three");
        await StaffTestData.SetStatusAsync(site, first.Id, InquiryStatus.Contacted);
        using var staff = await SignedInAsync(site);

        var inbox = await staff.GetDocumentAsync("/staff/inquiries");

        Assert.Contains("(2 new)", inbox.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Equal(3, Rows(inbox).Count);
    }

    [Fact]
    public async Task The_status_filter_shows_only_inquiries_with_that_status()
    {
        await using var site = new StaffSiteFactory();
        var contacted = await StaffTestData.SaveAsync(site, "Filter Contacted");
        site.Time.Advance(TimeSpan.FromMinutes(1));
        var closed = await StaffTestData.SaveAsync(site, "Filter Closed");
        site.Time.Advance(TimeSpan.FromMinutes(1));
        await StaffTestData.SaveAsync(site, "Filter New");
        await StaffTestData.SetStatusAsync(site, contacted.Id, InquiryStatus.Contacted);
        await StaffTestData.SetStatusAsync(site, closed.Id, InquiryStatus.Closed);
        using var staff = await SignedInAsync(site);

        var onlyContacted = await staff.GetDocumentAsync("/staff/inquiries?status=Contacted");
        var onlyNew = await staff.GetDocumentAsync("/staff/inquiries?status=New");
        var onlyClosed = await staff.GetDocumentAsync("/staff/inquiries?status=closed");
        var all = await staff.GetDocumentAsync("/staff/inquiries");

        Assert.Equal(["Filter Contacted"], Rows(onlyContacted).Select(NameOf));
        Assert.Equal(["Filter New"], Rows(onlyNew).Select(NameOf));
        Assert.Equal(["Filter Closed"], Rows(onlyClosed).Select(NameOf));
        Assert.Equal(["Filter New", "Filter Closed", "Filter Contacted"], Rows(all).Select(NameOf));
        Assert.Equal("Contacted", onlyContacted.QuerySelector("select#status option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Thirty_inquiries_page_at_25_newest_first_with_the_other_5_on_page_2()
    {
        await using var site = new StaffSiteFactory();
        for (var i = 1; i <= 30; i++)
        {
            await StaffTestData.SaveAsync(site, $"Paged Person {i:00}");
            site.Time.Advance(TimeSpan.FromMinutes(1));
        }

        using var staff = await SignedInAsync(site);

        var page1 = await staff.GetDocumentAsync("/staff/inquiries");
        var page2 = await staff.GetDocumentAsync(page1.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        var page2Direct = await staff.GetDocumentAsync("/staff/inquiries?p=2");

        var names1 = Rows(page1).Select(NameOf).ToList();
        var names2 = Rows(page2).Select(NameOf).ToList();
        Assert.Equal(25, names1.Count);
        Assert.Equal(5, names2.Count);
        Assert.Equal(names2, Rows(page2Direct).Select(NameOf));
        Assert.Equal(Enumerable.Range(1, 30).Reverse().Select(i => $"Paged Person {i:00}"), names1.Concat(names2));
        Assert.Contains("Page 1 of 2", page1.QuerySelector("nav.pager")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", page2.QuerySelector("nav.pager")!.Text(), StringComparison.Ordinal);
        Assert.Null(page2.QuerySelector("nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task Paging_keeps_the_status_filter()
    {
        await using var site = new StaffSiteFactory();
        for (var i = 1; i <= 27; i++)
        {
            var saved = await StaffTestData.SaveAsync(site, $"Closed Person {i:00}");
            await StaffTestData.SetStatusAsync(site, saved.Id, InquiryStatus.Closed);
            site.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await StaffTestData.SaveAsync(site, "Open Person");
        using var staff = await SignedInAsync(site);

        var page1 = await staff.GetDocumentAsync("/staff/inquiries?status=Closed");
        var page2 = await staff.GetDocumentAsync(page1.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(25, Rows(page1).Count);
        Assert.Equal(["Closed Person 02", "Closed Person 01"], Rows(page2).Select(NameOf));
    }
}
