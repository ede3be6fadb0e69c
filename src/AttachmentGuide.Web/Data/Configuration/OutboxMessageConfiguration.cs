using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>The <c>Outbox</c> table: staff alerts waiting to be sent, and how each one went.</summary>
public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Reference).HasMaxLength(16);
        builder.Property(m => m.LastResponse).HasMaxLength(500);
        builder.Property(m => m.CreatedAt).HasConversion(UtcDateTime.Converter);
        builder.Property(m => m.NextAttemptAt).HasConversion(UtcDateTime.Converter);
        builder.Property(m => m.LastAttemptAt).HasConversion(UtcDateTime.NullableConverter);
        builder.Property(m => m.SentAt).HasConversion(UtcDateTime.NullableConverter);
        // The sender's question: what is pending and due?
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.CreatedAt);
        // Erasing an inquiry erases its alerts with it (retention and staff deletes use ExecuteDelete).
        builder.HasOne<Inquiry>().WithMany().HasForeignKey(m => m.InquiryId).OnDelete(DeleteBehavior.Cascade);
    }
}
