using AttachmentGuide.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace AttachmentGuide.Web.Pages;

/// <summary>
/// A page drawn from the content snapshot alone. Its handler names what it shows in <see cref="ContentETag"/>;
/// after the handler, the page carries that tag and answers a matching If-None-Match with 304. The check
/// runs after the handler so that a page it could not find is still a 404, never a 304.
/// </summary>
public abstract class ContentPageModel : PageModel
{
    /// <summary>The tag of what the handler found to show (<see cref="ContentCaching.ETagFor"/>).</summary>
    protected EntityTagHeaderValue? ContentETag { get; set; }

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is PageResult && ContentETag is { } etag && ContentCaching.NotModified(HttpContext, etag))
        {
            context.Result = StatusCode(StatusCodes.Status304NotModified);
        }
    }
}
