using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// Keeps a forged Host header out of every answer. Outside Development the request's host becomes the one in
/// <c>Site:BaseUrl</c> when that is set, so nothing built from the request (a redirect to the sign-in page, an
/// absolute link) can name another site. And a redirect whose <c>Location</c> names the request's own host is
/// sent as a path only, which a browser resolves against the address it actually asked for.
/// </summary>
public sealed class CanonicalHostMiddleware(RequestDelegate next, IOptions<SiteOptions> options, IWebHostEnvironment environment)
{
    private readonly HostString? _canonicalHost = CanonicalHost(options.Value, environment);

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_canonicalHost is { } host)
        {
            context.Request.Host = host;
        }

        context.Response.OnStarting(() =>
        {
            MakeLocationRelative(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void MakeLocationRelative(HttpContext context)
    {
        var location = context.Response.Headers.Location.ToString();
        if (location.Length == 0
            || !Uri.TryCreate(location, UriKind.Absolute, out var target)
            || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            return;
        }

        var requestHost = context.Request.Host;
        if (string.Equals(target.Authority, requestHost.Value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(target.Host, requestHost.Host, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.Location = target.PathAndQuery + target.Fragment;
        }
    }

    private static HostString? CanonicalHost(SiteOptions site, IWebHostEnvironment environment) =>
        !environment.IsDevelopment() && site.NormalizedBaseUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? new HostString(uri.Authority)
            : null;
}
