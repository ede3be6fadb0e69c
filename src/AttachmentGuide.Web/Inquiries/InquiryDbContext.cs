using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Inquiries;

public sealed class InquiryDbContext(DbContextOptions<InquiryDbContext> options) : DbContext(options)
{
    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var inquiry = modelBuilder.Entity<Inquiry>();
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
    }
}
