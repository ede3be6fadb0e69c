using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Inquiries;

/// <summary>The one database: inquiries, staff accounts (Identity) and the audit log.</summary>
public sealed class InquiryDbContext(DbContextOptions<InquiryDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        var inquiry = builder.Entity<Inquiry>();
        inquiry.ToTable("Inquiries");
        inquiry.HasKey(i => i.Id);
        inquiry.Property(i => i.Reference).HasMaxLength(16);
        inquiry.HasIndex(i => i.Reference).IsUnique();
        inquiry.HasIndex(i => i.SubmissionToken).IsUnique();
        // SQLite cannot order by DateTimeOffset; a UTC DateTime sorts as text correctly.
        inquiry.Property(i => i.ReceivedAt)
            .HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        inquiry.HasIndex(i => i.ReceivedAt);
        inquiry.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        inquiry.HasIndex(i => i.Status);
        inquiry.Property(i => i.PreferredContact).HasConversion<string>().HasMaxLength(16);
        inquiry.Property(i => i.SourceSlug).HasMaxLength(200);

        var audit = builder.Entity<AuditEntry>();
        audit.ToTable("AuditLog");
        audit.Property(a => a.At).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        audit.Property(a => a.Actor).HasMaxLength(256);
        audit.Property(a => a.Action).HasMaxLength(32);
        audit.HasIndex(a => a.At);
    }
}
