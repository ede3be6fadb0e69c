using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Cli;

/// <summary>The services the <c>staff</c> commands need: the site's database and Identity settings, none of the web host.</summary>
public static class StaffServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<InquiryDbContext>(o => o.UseSqlite(InquiryDatabase.ResolveConnectionString(configuration)).AddInterceptors(new SqlitePragmaInterceptor()));
        // Reset tokens are created and used within this one process, so an in-memory key ring is enough
        // and no key folder is created beside the database.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddStaffIdentityCore().AddDefaultTokenProviders();
        return services.BuildServiceProvider();
    }
}
