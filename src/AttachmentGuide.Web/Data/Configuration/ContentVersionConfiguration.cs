using AttachmentGuide.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>The <c>ContentVersions</c> table: the browser editor's history of every content file.</summary>
public sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ContentVersions");
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Slug).HasMaxLength(128);
        builder.Property(v => v.RelativePath).HasMaxLength(512);
        builder.Property(v => v.Hash).HasMaxLength(64);
        builder.Property(v => v.SavedAt).HasConversion(UtcDateTime.Converter);
        builder.Property(v => v.SavedBy).HasMaxLength(256);
        builder.Property(v => v.Change).HasMaxLength(16);
        builder.HasIndex(v => new { v.RelativePath, v.Id });
    }
}
