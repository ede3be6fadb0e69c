namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// Answers 405 with <c>Allow</c> for any method but GET, HEAD and POST, before routing: Razor Pages would
/// otherwise render a page for TRACE or PUT without running its handler (a 500 and a stack trace for anyone).
/// It runs before the status-code pages, so the 405 is never re-executed under the same method.
/// </summary>
public sealed class AllowedMethodsMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD, POST";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This address answers GET, HEAD and POST only.\n", context.RequestAborted);
    }
}
