using AttachmentGuide.Web.Inquiries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>
/// The <c>Inquiries</c> table, what the person sent included; <paramref name="personal"/> encrypts
/// the personal columns.
/// </summary>
public sealed class InquiryConfiguration(ValueConverter personal) : IEntityTypeConfiguration<Inquiry>
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
        builder.Property(i => i.ReplyDueAt).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(i => i.InternalNote).HasConversion(personal);
        builder.ComplexProperty(i => i.Content, content =>
        {
            // Plain column names, as before the content was its own type (EF Core would say Content_Name).
            foreach (var property in content.Metadata.ComplexType.GetProperties())
            {
                property.SetColumnName(property.Name);
            }

            content.Property(c => c.Name).HasConversion(personal);
            content.Property(c => c.Email).HasConversion(personal);
            content.Property(c => c.Phone).HasConversion(personal);
            content.Property(c => c.ContactTime).HasConversion(personal);
            content.Property(c => c.Message).HasConversion(personal);
            content.Property(c => c.PreferredContact).HasConversion<string>().HasMaxLength(16);
            content.Property(c => c.SourceSlug).HasMaxLength(200);
        });
    }
}
