using System.Globalization;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// What the history, rename and delete pages share: reading the file a link or form names, a refusal drawn on the page
/// itself (with 404) when it names no file staff may touch, the signed-in account, and times in the clinic's zone.
/// </summary>
public abstract class HistoryPageModel(IOptions<ClinicOptions> clinic) : PageModel
{
    /// <summary>Why the page cannot show what was asked for; the page then shows this alone.</summary>
    public string? Missing { get; protected set; }

    public string TimeZoneName => clinic.Value.TimeZone;

    protected string Actor => User.Identity?.Name ?? AuditLog.UnknownAccount;

    public string When(DateTime utc) => clinic.Value.ToClinicTime(utc).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Draws the page with <paramref name="why"/> and a 404, so a bad link is answered in words rather than with an error page.</summary>
    protected PageResult MissingPage(string why)
    {
        Missing = why;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public static string HistoryUrl(ContentFilePath path) => HistoryUrl(path.Relative);

    public static string HistoryUrl(string relativePath) => "/staff/content/history?path=" + Uri.EscapeDataString(relativePath);

    public static string VersionUrl(long id) => "/staff/content/history/version?id=" + id.ToString(CultureInfo.InvariantCulture);

    public static string CompareUrl(long id) => "/staff/content/history/compare?id=" + id.ToString(CultureInfo.InvariantCulture);

    public static string RenameUrl(string relativePath) => "/staff/content/rename?path=" + Uri.EscapeDataString(relativePath);

    public static string DeleteUrl(string relativePath) => "/staff/content/delete?path=" + Uri.EscapeDataString(relativePath);

    /// <summary>The editor's page for the file (Pages/Staff/Content/Edit, built alongside).</summary>
    public static string EditUrl(string relativePath) => "/staff/content/edit?path=" + Uri.EscapeDataString(relativePath);

    public const string DeletedUrl = "/staff/content/deleted";
}
