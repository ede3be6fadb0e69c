using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace AttachmentGuide.Web.Editing;

/// <summary>
/// Antiforgery for an editor page as usual, except for its <c>PutBack</c> handler, which takes back the text shown on
/// the session-ended page. That form was drawn for a session that has since ended, so no token it could carry
/// matches the account signed in now. PutBack only draws the editor pre-filled and writes nothing, so the token is
/// not needed to stop a forged change; what a forged post could still do is fill someone's editor with another
/// site's text for them to save, so PutBack takes only same-origin posts (<see cref="SameOriginPost"/>), and 403
/// otherwise. Every other handler, Save above all, still needs a valid token. Razor Pages applies antiforgery per
/// page, not per handler, hence this filter: it is the page's effective antiforgery policy.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PutBackWithoutAntiforgeryAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public const string Handler = "PutBack";

    // Runs after Razor Pages' own automatic antiforgery filter (order 1000), so this one is the effective policy.
    public int Order => 1001;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => new Filter(serviceProvider.GetRequiredService<IAntiforgery>());

    public static bool IsPutBack(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handler = request.RouteValues.TryGetValue("handler", out var routed) && routed is string named ? named : request.Query["handler"].ToString();
        return string.Equals(handler, Handler, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class Filter(IAntiforgery antiforgery) : IAsyncAuthorizationFilter, IAntiforgeryPolicy
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            if (!context.IsEffectivePolicy<IAntiforgeryPolicy>(this))
            {
                return;
            }

            var request = context.HttpContext.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            {
                return;
            }

            if (IsPutBack(request))
            {
                if (!SameOriginPost.Is(request))
                {
                    context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                }

                return;
            }

            try
            {
                await antiforgery.ValidateRequestAsync(context.HttpContext);
            }
            catch (AntiforgeryValidationException)
            {
                context.Result = new AntiforgeryValidationFailedResult();
            }
        }
    }
}
