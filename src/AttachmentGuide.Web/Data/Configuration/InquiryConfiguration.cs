using AttachmentGuide.Web.Inquiries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>The <c>Inquiries</c> table.</summary>
public sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Inquiries");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Reference).HasMaxLength(16);
        builder.HasIndex(i => i.Reference).IsUnique();
        builder.HasIndex(i => i.SubmissionToken).IsUnique();
        // SQLite cannot order by DateTimeOffset; a UTC DateTime sorts as text correctly.
        builder.Property(i => i.ReceivedAt).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(i => i.ReceivedAt);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(i => i.Status);
        builder.Property(i => i.PreferredContact).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.SourceSlug).HasMaxLength(200);
    }
}
