using AttachmentGuide.Content;
using Microsoft.AspNetCore.Mvc;

namespace AttachmentGuide.Web.Topics;

/// <summary>
/// The answer at an old address (an article's or page's <c>aliases:</c>): 301 to where it lives now. The target is
/// always a local path the content library built from a slug, so no alias can lead off the site.
/// </summary>
public static class AliasRedirect
{
    /// <summary>How long browsers and proxies may keep the redirect: long enough to spare requests, short enough that a removed alias recovers.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>The permanent redirect for <paramref name="path"/>, or null when it is no alias.</summary>
    public static IActionResult? For(ContentLibrary library, string path, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(response);
        if (!library.TryGetRedirect(path, out var target))
        {
            return null;
        }

        response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";
        return new RedirectResult(target, permanent: true, preserveMethod: false);
    }
}
