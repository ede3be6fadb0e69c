namespace AttachmentGuide.Web.Content;

/// <summary>
/// Holds a request that arrives while the articles are still being parsed at startup until they are
/// ready, without blocking a thread (on a small machine the parse itself needs the thread pool).
/// If the first load failed the site is stopping, and the request gets a plain 503.
/// </summary>
public sealed class ContentReadyMiddleware(RequestDelegate next, SiteContent content)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var firstLoad = content.FirstLoad;
        // The health endpoints answer at once: live while content loads, ready with 503 until it has.
        if (!firstLoad.IsCompletedSuccessfully && !Health.HealthEndpoints.IsHealthPath(context.Request.Path))
        {
            try
            {
                await firstLoad.WaitAsync(context.RequestAborted);
            }
            catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("The site is not available. Please try again later.", context.RequestAborted);
                return;
            }
        }

        await next(context);
        content.PageServed();
    }
}
