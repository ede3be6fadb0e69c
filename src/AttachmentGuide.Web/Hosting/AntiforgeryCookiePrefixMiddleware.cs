using Microsoft.Net.Http.Headers;

namespace AttachmentGuide.Web.Hosting;

/// <summary>
/// Gives the antiforgery cookie the <c>__Host-</c> prefix on https, as the staff cookie has: bound to this exact
/// host, Secure, path /, so a sibling subdomain cannot plant one. Antiforgery has one fixed cookie name and a
/// <c>__Host-</c> cookie is refused by browsers over plain http (local development, tools), so the name is
/// changed at the edge: <c>Set-Cookie</c> on the way out, the <c>Cookie</c> header on the way in. Over https a
/// cookie under the plain name is ignored.
/// </summary>
public sealed class AntiforgeryCookiePrefixMiddleware(RequestDelegate next)
{
    public const string CookieName = "ag-antiforgery";
    public const string PrefixedName = "__Host-" + CookieName;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.IsHttps)
        {
            return next(context);
        }

        var cookies = context.Request.Headers.Cookie;
        if (cookies.Count > 0)
        {
            var kept = CookieHeaderValue.ParseList(cookies)
                .Where(c => !c.Name.Equals(CookieName, StringComparison.Ordinal))
                .Select(c => c.Name.Equals(PrefixedName, StringComparison.Ordinal) ? new CookieHeaderValue(CookieName, c.Value) : c)
                .Select(c => c.ToString());
            context.Request.Headers.Cookie = string.Join("; ", kept);
        }

        context.Response.OnStarting(() =>
        {
            var setCookies = context.Response.Headers.SetCookie;
            if (setCookies.Any(c => c?.StartsWith(CookieName + "=", StringComparison.Ordinal) == true))
            {
                context.Response.Headers.SetCookie = setCookies
                    .Select(c => c?.StartsWith(CookieName + "=", StringComparison.Ordinal) == true ? "__Host-" + c : c)
                    .ToArray();
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
