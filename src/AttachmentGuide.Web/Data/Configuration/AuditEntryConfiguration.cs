using AttachmentGuide.Web.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>The <c>AuditLog</c> table.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditLog");
        builder.Property(a => a.At).HasConversion(UtcDateTime.Converter);
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.Detail).HasMaxLength(AuditLog.DetailLength);
        builder.HasIndex(a => a.At);
    }
}
