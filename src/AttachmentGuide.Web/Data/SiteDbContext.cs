using AttachmentGuide.Web.Data.Configuration;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data;

/// <summary>The one database: inquiries, staff accounts (Identity) and the audit log.</summary>
public sealed class SiteDbContext(DbContextOptions<SiteDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new InquiryConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
    }
}
