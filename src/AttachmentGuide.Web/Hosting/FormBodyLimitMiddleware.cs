using Microsoft.AspNetCore.Diagnostics;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// Refuses a form POST whose declared body is larger than any real form, with 413, before MVC
/// runs: the antiforgery filter would otherwise read the body first and turn the failure into a 400.
/// </summary>
public sealed class FormBodyLimitMiddleware(RequestDelegate next)
{
    /// <summary>About 32 KB: the contact form at its longest is under 10 KB.</summary>
    public const long MaxFormBytes = 32 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A re-executed request (the status page for this very 413) still carries the large Content-Length.
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.ContentLength > LimitFor(context.Request.Path)
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next(context);
    }

    /// <summary>
    /// The largest body a form at <paramref name="path"/> may send. Only the staff editor's forms carry more than a
    /// contact request; they are behind sign-in and the editor role, so the larger allowance is not open to everyone.
    /// </summary>
    public static long LimitFor(PathString path)
    {
        foreach (var allowance in LargeBodyAllowance.All)
        {
            if (path.StartsWithSegments(allowance.PathPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return allowance.MaxBytes;
            }
        }

        return MaxFormBytes;
    }
}
