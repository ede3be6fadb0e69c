using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Pages;

/// <summary>The page shown for error statuses (404 and the like), re-executed by the status code pages middleware.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>True when the request was a picture upload, whose 413 needs its own words (a picture, not a message).</summary>
    public bool WasImageUpload { get; private set; }

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        // A re-executed request keeps its original status (405 stays 405); a form that could not be read binds no route value.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var original = reExecuted?.OriginalStatusCode;
        WasImageUpload = new PathString(reExecuted?.OriginalPath).StartsWithSegments(Hosting.LargeBodyAllowance.ImageUpload.PathPrefix, StringComparison.OrdinalIgnoreCase);
        Code = original ?? (code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound);
        Response.StatusCode = Code;
        return Page();
    }
}
