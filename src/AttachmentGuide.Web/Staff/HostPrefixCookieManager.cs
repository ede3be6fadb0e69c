using Microsoft.AspNetCore.Authentication.Cookies;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Names the sign-in cookie <c>__Host-…</c> on https requests (bound to this exact host, Secure, path /),
/// and plainly on http, where browsers would refuse a <c>__Host-</c> cookie: local development and tools.
/// </summary>
public sealed class HostPrefixCookieManager : ICookieManager
{
    private const string Prefix = "__Host-";
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Path = "/";
        _inner.AppendResponseCookie(context, Name(context, key), value, options);
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Path = "/";
        _inner.DeleteCookie(context, Name(context, key), options);
    }

    private static string Name(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;
}
