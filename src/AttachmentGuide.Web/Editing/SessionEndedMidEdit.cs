using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// An editor form (save, preview, new, rename) posted after the staff session ended would be challenged with a redirect
/// to sign-in, and the browser would drop what was typed. Instead the request is answered, 401, by the
/// session-ended page (Pages/Staff/Content/SessionEnded), which shows the typed text in a form that can put it back
/// in the editor once signed in again. This is done here, where authorization decides to challenge, rather than in
/// the cookie's OnRedirectToLogin event: only here can the request still be handed to a page that reads its form.
/// </summary>
public sealed class SessionEndedMidEdit(EndpointDataSource endpoints) : IAuthorizationMiddlewareResultHandler
{
    /// <summary>Set on the request the session-ended page answers, so the page refuses to show anything otherwise.</summary>
    public const string ItemKey = "ag-session-ended-mid-edit";

    public const string PageName = "/Staff/Content/SessionEnded";

    /// <summary>The pages whose forms carry text a person typed.</summary>
    private static readonly HashSet<string> EditorPages = new(StringComparer.Ordinal)
    {
        "/Staff/Content/Edit",
        "/Staff/Content/New",
        "/Staff/Content/Rename",
    };

    private readonly AuthorizationMiddlewareResultHandler _default = new();
    private Endpoint? _sessionEndedPage;

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Challenged || !CarriesTypedText(context))
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        context.Items[ItemKey] = true;
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.SetEndpoint(_sessionEndedPage ??= endpoints.Endpoints.Single(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == PageName));
        return next(context);
    }

    /// <summary>
    /// A same-origin form POST to an editor page; the live preview's background request is left to its script. A
    /// cross-site POST (which never carries the SameSite=Strict session cookie) gets the usual redirect, so no other
    /// site can make this one show text of its choosing.
    /// </summary>
    private static bool CarriesTypedText(HttpContext context)
    {
        var request = context.Request;
        return HttpMethods.IsPost(request.Method)
            && request.HasFormContentType
            && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath is { } page
            && EditorPages.Contains(page)
            && !string.Equals(request.Query["handler"], "LivePreview", StringComparison.OrdinalIgnoreCase)
            && SameOriginPost.Is(request);
    }
}
