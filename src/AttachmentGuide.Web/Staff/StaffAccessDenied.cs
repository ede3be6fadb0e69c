using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// A signed-in account that lacks the role a page needs gets a 403 page (shown by the status pages, /status/403),
/// not a redirect to sign-in it would only bounce back from. Every refusal is audited with the path alone: a query
/// string can carry an inquiry filter a person typed.
/// </summary>
public static class StaffAccessDenied
{
    /// <summary>Where the 403 page finds the roles that would have opened the refused page.</summary>
    public const string RequiredRolesKey = "ag-required-roles";

    public static async Task RefuseAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        http.Items[RequiredRolesKey] = StaffPolicies.RequiredBy(http.GetEndpoint());
        var audit = http.RequestServices.GetRequiredService<AuditLog>();
        var path = http.Request.PathBase.Add(http.Request.Path).Value ?? "/";
        await audit.RecordAsync(http.User.Identity?.Name ?? AuditLog.UnknownAccount, AuditActions.AccessDenied, null, path, http.RequestAborted);
    }
}
