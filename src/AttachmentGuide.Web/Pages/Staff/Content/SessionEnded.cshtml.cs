using AttachmentGuide.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace AttachmentGuide.Web.Pages.Staff.Content;

/// <summary>
/// Answers an editor form posted after the session ended (<see cref="SessionEndedMidEdit"/> hands the request here):
/// nothing is saved, and every typed field comes back in a form whose button posts it to the editor page's
/// <c>PutBack</c> handler, which only shows it again, once the person has signed in again in another tab.
/// </summary>
// The old page's token belongs to the account that is no longer signed in; this page writes nothing, and is shown
// only for a same-origin post the result handler sent here.
[IgnoreAntiforgeryToken]
public sealed class SessionEndedModel : PageModel
{
    /// <summary>Fields that say which file and version the text belongs to: carried, not shown.</summary>
    private static readonly HashSet<string> Carried = new(StringComparer.OrdinalIgnoreCase) { "path", "Hash", "TheirHash", "Kind", "Input.Draft" };

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Input.Title"] = "Title",
        ["Input.Subtitle"] = "Subtitle",
        ["Input.Summary"] = "Summary",
        ["Input.Author"] = "Author",
        ["Input.Tags"] = "Topics",
        ["Input.ContentNote"] = "Content note",
        ["Input.Reviewed"] = "Last reviewed",
        ["Input.ReviewDue"] = "Next review due",
        ["Input.Order"] = "Order",
        ["Input.Aliases"] = "Earlier addresses",
        ["Input.OtherLines"] = "Other front matter lines",
        ["Input.Slug"] = "Slug",
        ["slug"] = "New address",
        ["Body"] = "Text (Markdown)",
    };

    public IReadOnlyList<KeyValuePair<string, string>> CarriedFields { get; private set; } = [];

    public IReadOnlyList<(string Name, string Label, string Value)> TypedFields { get; private set; } = [];

    /// <summary>Where "Put my text back in the editor" posts: the page the form came from, its PutBack handler.</summary>
    public string PutBackAction { get; private set; } = string.Empty;

    public static string SignInUrl => "/staff/login";

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost()
    {
        if (!HttpContext.Items.ContainsKey(SessionEndedMidEdit.ItemKey))
        {
            return NotFound();
        }

        var fields = Request.Form.Where(f => f.Key != "__RequestVerificationToken" && f.Key != "handler")
            .Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToString()))
            .ToList();
        CarriedFields = fields.Where(f => Carried.Contains(f.Key)).ToList();
        TypedFields = fields.Where(f => !Carried.Contains(f.Key))
            .Select(f => (f.Key, Labels.GetValueOrDefault(f.Key, f.Key), f.Value))
            .ToList();
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("handler", "PutBack"));
        PutBackAction = QueryHelpers.AddQueryString(Request.Path.Value ?? "/", query);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
