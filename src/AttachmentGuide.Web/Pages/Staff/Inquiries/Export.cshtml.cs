using System.Globalization;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Inquiries;

/// <summary>
/// The filtered inbox as CSV. A Razor Page handler rather than an API endpoint, so an anonymous
/// request is redirected to sign-in like every other staff page.
/// </summary>
public sealed class ExportModel(IInquiryStore store, AuditLog audit, IOptions<ClinicOptions> clinic, TimeProvider time) : PageModel
{
    public static readonly string[] Columns =
    [
        "Reference", "Received", "Name", "Email", "Phone", "PreferredContact", "VoicemailAllowed",
        "ClinicNameAllowed", "ContactTime", "Message", "SourceArticle", "Status", "InternalNote",
    ];

    public async Task<IActionResult> OnGetAsync(string? status, CancellationToken cancellationToken)
    {
        var filter = InquiryStatuses.Parse(status);
        var inquiries = await store.ExportAsync(filter, cancellationToken);
        var stream = new MemoryStream();
        // Escape prefixes values starting with = + - @ TAB or CR with ' so spreadsheets never run them as formulas.
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var i in inquiries)
            {
                var sent = i.Content;
                csv.WriteRecord(
                [
                    i.Reference,
                    clinic.Value.ToClinicTime(i.ReceivedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    sent.Name,
                    sent.Email ?? string.Empty,
                    sent.Phone ?? string.Empty,
                    sent.PreferredContact.ToString(),
                    sent.VoicemailAllowed ? "yes" : "no",
                    sent.ClinicNameAllowed ? "yes" : "no",
                    sent.ContactTime ?? string.Empty,
                    sent.Message ?? string.Empty,
                    sent.SourceSlug ?? string.Empty,
                    i.Status.ToString(),
                    i.InternalNote ?? string.Empty,
                ]);
            }
        }

        await audit.RecordAsync(User.Identity?.Name ?? "unknown", AuditActions.Export, null, cancellationToken);
        stream.Position = 0;
        var fileName = $"inquiries-{clinic.Value.ToClinicTime(time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.csv";
        return File(stream, "text/csv; charset=utf-8", fileName);
    }
}
