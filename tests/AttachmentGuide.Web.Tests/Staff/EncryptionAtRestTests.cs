using System.Text;
using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary>
/// The database's files (and its write-ahead log) never hold a person's details in readable form: the SQLite file
/// and its WAL, or on PostgreSQL the database's files and the server's newest log segments.
/// </summary>
public sealed class EncryptionAtRestTests
{
    private static readonly ContactValues Person = new(
        "Cordelia Ciphertext-Check",
        "cordelia.atrest@example.com",
        Phone: "07700 900777",
        ContactTime: "Saturday mornings only",
        Message: "Nobody should be able to read this sentence from the database file");

    private static byte[] ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static bool Holds(byte[] haystack, string value) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0;

    [Fact]
    public async Task The_database_and_its_wal_file_hold_no_submitted_name_email_phone_or_message_yet_staff_see_them()
    {
        await using var site = new StaffSiteFactory();
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, Person);
        await StaffTestData.CreateStaffAsync(site, "reader@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("reader@clinic.example");
        var inbox = await staff.GetDocumentAsync("/staff/inquiries");
        var details = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");

        var files = site.StoreFiles().ToDictionary(path => path, ReadShared);
        byte[] everything = [.. files.Values.SelectMany(bytes => bytes)];

        // The files read are the right ones: the reference is stored in plain text.
        Assert.True(Holds(everything, inquiry.Reference), "The reference is in none of the database's files: wrong files read");
        foreach (var secret in new[] { Person.Name, Person.Email!, Person.Phone!, Person.ContactTime!, Person.Message!, "Cordelia", "cordelia.atrest", "read this sentence" })
        {
            foreach (var (path, bytes) in files)
            {
                Assert.False(Holds(bytes, secret), $"\"{secret}\" is readable in {path}");
            }
        }

        Assert.Contains(Person.Name, inbox.QuerySelector("table.inbox")!.Text(), StringComparison.Ordinal);
        var text = details.QuerySelector("dl.details")!.Text();
        Assert.Contains(Person.Email!, text, StringComparison.Ordinal);
        Assert.Contains(Person.Message!, text, StringComparison.Ordinal);
        Assert.Contains(Person.Phone!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_note_is_not_readable_in_the_database_either()
    {
        const string note = "Confidential follow-up remark about safeguarding";
        await using var site = new StaffSiteFactory();
        var inquiry = await StaffTestData.SubmitContactFormAsync(site, Person);
        await StaffTestData.CreateStaffAsync(site, "noter@clinic.example");
        using var staff = new StaffBrowser(site);
        await staff.SignInOrFailAsync("noter@clinic.example");
        var details = await staff.GetDocumentAsync($"/staff/inquiries/{inquiry.Id}");
        using (var saved = await staff.PostFormAsync(details, "Update", ("status", "Contacted"), ("note", note)))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        }

        byte[] everything = [.. site.StoreFiles().SelectMany(ReadShared)];

        Assert.True(Holds(everything, inquiry.Reference), "The reference is in none of the database's files: wrong files read");
        Assert.False(Holds(everything, "safeguarding"), "The internal note is readable in the database");
        Assert.Equal(note, (await StaffTestData.GetAsync(site, inquiry.Id))!.InternalNote);
    }
}
