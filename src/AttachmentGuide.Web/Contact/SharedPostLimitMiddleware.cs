using AttachmentGuide.Web.Data;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Contact;

/// <summary>
/// The POST flood limit (<see cref="ContactRateLimitOptions.PostLimit"/>) counted in the database every instance
/// shares, for the endpoints that carry <see cref="ContactServiceExtensions.PostPolicy"/>: behind a load balancer a
/// script spreading its posts over the instances still gets the limit once. Used where <see cref="IRateWindows"/> is
/// registered (PostgreSQL); one SQLite instance keeps ASP.NET Core's in-memory limiter for the same policy.
/// </summary>
public sealed class SharedPostLimitMiddleware(RequestDelegate next, IRateWindows windows, IOptions<ContactRateLimitOptions> options)
{
    private readonly RateWindow[] _window =
        [new("posts", options.Value.PostLimit, TimeSpan.FromMinutes(options.Value.PostWindowMinutes))];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsPost(context.Request.Method) && IsLimited(context.GetEndpoint())
            && !await windows.TryTakeAsync(ContactServiceExtensions.ClientKey(context), _window, context.RequestAborted))
        {
            // As the in-memory limiter answers: the status alone, the friendly page drawn by the status code pages.
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        await next(context);
    }

    private static bool IsLimited(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == ContactServiceExtensions.PostPolicy;
}
