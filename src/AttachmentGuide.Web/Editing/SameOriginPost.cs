namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Whether a POST was sent by a page of this site itself: the browser's <c>Sec-Fetch-Site</c>, or failing that its
/// <c>Origin</c>, names this site. Used where antiforgery cannot be (a form from before the session ended carries a
/// token for a signed-out user); a request that says neither is treated as cross-site.
/// </summary>
public static class SameOriginPost
{
    public static bool Is(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && string.Equals(origin, request.Scheme + "://" + request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
