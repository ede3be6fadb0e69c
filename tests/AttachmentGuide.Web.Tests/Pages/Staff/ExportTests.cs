using System.Net;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Tests.Infrastructure;
using CsvHelper;

namespace AttachmentGuide.Web.Tests.Pages.Staff;

/// <summary>The CSV export, read back with CsvHelper's own reader. Each test has its own site, so the rows are its own.</summary>
public sealed class ExportTests
{
    private const string Staff = "export@clinic.example";
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static async Task<StaffBrowser> SignedInAsync(StaffSiteFactory site)
    {
        await StaffTestData.CreateStaffAsync(site, Staff);
        var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync(Staff);
        return staff;
    }

    private sealed record Csv(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);

    private static async Task<(HttpResponseMessage Response, byte[] Bytes)> DownloadAsync(StaffBrowser staff, string path)
    {
        var response = await staff.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private static Csv Parse(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        reader.ReadHeader();
        var header = reader.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.ToDictionary(h => h, reader.GetString, StringComparer.Ordinal));
        }

        return new Csv(header, rows);
    }

    private static async Task<Csv> ExportAsync(StaffBrowser staff, string path = "/staff/inquiries/export")
    {
        var (response, bytes) = await DownloadAsync(staff, path);
        response.Dispose();
        return Parse(bytes);
    }

    [Fact]
    public async Task The_export_is_text_csv_with_a_byte_order_mark_and_a_header_naming_the_columns()
    {
        await using var site = new StaffSiteFactory();
        await StaffTestData.SaveAsync(site, "Header Check");
        using var staff = await SignedInAsync(site);

        var (response, bytes) = await DownloadAsync(staff, "/staff/inquiries/export");
        using (response)
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        }

        Assert.Equal(Utf8Bom, bytes.Take(3));
        var header = Parse(bytes).Header;
        Assert.Equal(header.Count, header.Distinct(StringComparer.Ordinal).Count());
        foreach (var column in new[] { "Reference", "Received", "Name", "Email", "Phone", "Message", "Status" })
        {
            Assert.Contains(column, header);
        }
    }

    [Fact]
    public async Task The_export_parses_back_to_the_values_that_were_submitted()
    {
        await using var site = new StaffSiteFactory();
        var values = new ContactValues(
            "Zoë O'Brien-Łukasiewicz",
            "zoe.export@example.com",
            Phone: "020 7946 0321",
            PreferredContact: "phone",
            Voicemail: true,
            ContactTime: "Mornings, before 9",
            Message: "Line one, with a comma and \"quotes\".\nLine two; 李小龙.");
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, values);
        using var staff = await SignedInAsync(site);

        var row = Assert.Single((await ExportAsync(staff)).Rows);

        Assert.Equal(inquiry.Reference, row["Reference"]);
        Assert.Equal("2026-07-15 10:30", row["Received"]);
        Assert.Equal(values.Name, row["Name"]);
        Assert.Equal(values.Email, row["Email"]);
        Assert.Equal(values.Phone, row["Phone"]);
        Assert.Equal(values.ContactTime, row["ContactTime"]);
        Assert.Equal(values.Message, row["Message"]);
        Assert.Equal(StaffTestData.Article, row["SourceArticle"]);
        Assert.Equal("New", row["Status"]);
    }

    [Fact]
    public async Task Values_that_a_spreadsheet_would_run_as_formulas_come_out_with_a_leading_apostrophe()
    {
        await using var site = new StaffSiteFactory();
        const string hyperlink = "=HYPERLINK(\"http://evil.example\",\"x\")";
        await StaffTestData.SubmitContactFormAsync(site, new ContactValues(
            hyperlink,
            "formula@example.com",
            Phone: "+44 20 7946 0999",
            ContactTime: "@SUM(A1:A9)",
            Message: "-2+3+cmd|' /C calc'!A0"));
        site.Time.Advance(TimeSpan.FromMinutes(1));
        await StaffTestData.SaveAsync(site, "+Plus Name", message: "\tstarts with a tab");
        site.Time.Advance(TimeSpan.FromMinutes(1));
        await StaffTestData.SaveAsync(site, "@At Name", message: "\rstarts with a carriage return");
        site.Time.Advance(TimeSpan.FromMinutes(1));
        await StaffTestData.SaveAsync(site, "-Minus Name", message: "Plain = in the middle");
        using var staff = await SignedInAsync(site);

        var rows = (await ExportAsync(staff)).Rows.ToDictionary(r => r["Name"], StringComparer.Ordinal);

        var formula = rows["'" + hyperlink];
        Assert.Equal("'+44 20 7946 0999", formula["Phone"]);
        Assert.Equal("'@SUM(A1:A9)", formula["ContactTime"]);
        Assert.Equal("'-2+3+cmd|' /C calc'!A0", formula["Message"]);
        Assert.Equal("formula@example.com", formula["Email"]);
        Assert.Equal("'\tstarts with a tab", rows["'+Plus Name"]["Message"]);
        Assert.Equal("'\rstarts with a carriage return", rows["'@At Name"]["Message"]);
        Assert.Equal("Plain = in the middle", rows["'-Minus Name"]["Message"]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task The_export_respects_the_status_filter()
    {
        await using var site = new StaffSiteFactory();
        var contacted = await StaffTestData.SaveAsync(site, "Export Contacted");
        site.Time.Advance(TimeSpan.FromMinutes(1));
        var fresh = await StaffTestData.SaveAsync(site, "Export New");
        await StaffTestData.SetStatusAsync(site, contacted.Id, InquiryStatus.Contacted);
        using var staff = await SignedInAsync(site);

        var onlyContacted = await ExportAsync(staff, "/staff/inquiries/export?status=Contacted");
        var onlyNew = await ExportAsync(staff, "/staff/inquiries/export?status=New");
        var onlyClosed = await ExportAsync(staff, "/staff/inquiries/export?status=Closed");
        var all = await ExportAsync(staff);

        Assert.Equal([contacted.Reference], onlyContacted.Rows.Select(r => r["Reference"]));
        Assert.Equal("Contacted", onlyContacted.Rows[0]["Status"]);
        Assert.Equal([fresh.Reference], onlyNew.Rows.Select(r => r["Reference"]));
        Assert.Empty(onlyClosed.Rows);
        Assert.Contains("Reference", onlyClosed.Header);
        Assert.Equal([fresh.Reference, contacted.Reference], all.Rows.Select(r => r["Reference"]));
    }

    [Fact]
    public async Task The_inbox_links_to_the_export_with_its_filter()
    {
        await using var site = new StaffSiteFactory();
        using var staff = await SignedInAsync(site);

        var inbox = await staff.GetDocumentAsync("/staff/inquiries?status=Closed");

        Assert.NotNull(inbox.QuerySelector("a[href='/staff/inquiries/export?status=Closed']"));
    }
}
