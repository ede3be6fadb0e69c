using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Cli;

/// <summary>The services the <c>staff</c> commands need: the site's database and Identity settings, none of the web host.</summary>
public static class StaffServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSiteDatabase(configuration);
        // Reset tokens are created and used within this one process, so an in-memory key ring is enough
        // and no key folder is created beside the database.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddStaffIdentityCore().AddDefaultTokenProviders();
        services.AddScoped<StaffRoleChanges>();
        services.AddScoped<AuditLog>();
        return services.BuildServiceProvider();
    }
}
