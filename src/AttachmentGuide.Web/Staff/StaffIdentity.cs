using AttachmentGuide.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Staff;

/// <summary>Identity settings shared by the site and the <c>staff</c> commands, so both judge passwords alike.</summary>
public static class StaffIdentity
{
    public static IdentityBuilder AddStaffIdentityCore(this IServiceCollection services)
    {
        var identity = services.AddIdentityCore<StaffUser>(options =>
        {
            options.User.RequireUniqueEmail = true;
            options.Password.RequiredLength = 12;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
            options.Password.RequiredUniqueChars = 1;
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.SignIn.RequireConfirmedAccount = false;
        });
        // Roles before the stores, so the EF role store is registered with them.
        identity.AddRoles<IdentityRole>().AddEntityFrameworkStores<SiteDbContext>().AddPasswordValidator<StaffPasswordValidator>();
        return identity;
    }
}
