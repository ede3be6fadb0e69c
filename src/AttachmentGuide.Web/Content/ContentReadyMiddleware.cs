using AttachmentGuide.Web.Hosting;

namespace AttachmentGuide.Web.Content;

/// <summary>
/// Holds a request that arrives while the articles are still being parsed at startup until they are
/// ready, without blocking a thread (on a small machine the parse itself needs the thread pool).
/// If the first load failed the site is stopping, and the request gets a plain 503.
/// </summary>
public sealed class ContentReadyMiddleware(RequestDelegate next, SiteContent content, FirstPageSignal firstPage)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var firstLoad = content.FirstLoad;
        var isHealthProbe = Health.HealthEndpoints.IsHealthPath(context.Request.Path);
        // The health endpoints answer at once: live while content loads, ready with 503 until it has.
        if (!firstLoad.IsCompletedSuccessfully && !isHealthProbe)
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

        if (!isHealthProbe && !firstPage.PageWasServed)
        {
            // Once the response has been sent, not when the page is drawn: work started sooner delayed the sending.
            // A load balancer's probes are not a reader's first page.
            context.Response.OnCompleted(() =>
            {
                firstPage.PageServed();
                return Task.CompletedTask;
            });
        }

        await next(context);
    }
}
