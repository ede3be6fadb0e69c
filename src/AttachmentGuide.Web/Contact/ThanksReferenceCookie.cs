using System.Security.Cryptography;
using AttachmentGuide.Web.Inquiries;
using Microsoft.AspNetCore.DataProtection;

namespace AttachmentGuide.Web.Contact;

/// <summary>
/// Carries an inquiry's reference from the contact form's 303 to the thanks page in a short-lived, encrypted cookie,
/// so only the browser that sent the form sees it: a reference typed into the address bar proves nothing.
/// </summary>
public sealed class ThanksReferenceCookie(IDataProtectionProvider protection)
{
    public const string Name = "ag-thanks";

    public const string ThanksPath = "/contact/thanks";

    /// <summary>Long enough to read the page and reload it; short enough that a shared device soon forgets it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("AttachmentGuide.Contact.ThanksReference").ToTimeLimitedDataProtector();

    public void Issue(HttpResponse response, string reference)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Name, _protector.Protect(reference, Lifetime), new CookieOptions
        {
            Path = ThanksPath,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    /// <summary>The reference this browser was given, or null when it has none (or a forged, stale or foreign one).</summary>
    public string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var reference = _protector.Unprotect(value, out _);
            return InquiryReference.IsWellFormed(reference) ? reference : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
