using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace AttachmentGuide.Web.Staff;

/// <summary>One authorization policy per staff role (named as the role), and which staff pages ask for which.</summary>
public static class StaffPolicies
{
    /// <summary>Each policy admits its own role or <see cref="StaffRoles.Admin"/>.</summary>
    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        foreach (var role in StaffRoles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role, StaffRoles.Admin));
        }

        return authorization;
    }

    /// <summary>
    /// The role each staff folder or page needs, on top of the sign-in every staff page needs (Account, Logout and
    /// the sign-in pages need no role). The editor's folder is named before its pages exist, so they are never open.
    /// </summary>
    public static void ApplyStaffRoleConventions(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Staff/Inquiries", StaffRoles.Inbox);
        conventions.AuthorizeFolder("/Staff/Content", StaffRoles.Editor);
        conventions.AuthorizePage("/Staff/Notifications", StaffRoles.Admin);
        conventions.AuthorizePage("/Staff/Accounts", StaffRoles.Admin);
    }

    /// <summary>The roles the page being served asks for, e.g. to tell a refused person which one they lack.</summary>
    public static List<string> RequiredBy(Endpoint? endpoint) =>
        endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => StaffRoles.Find(a.Policy))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList() ?? [];
}
