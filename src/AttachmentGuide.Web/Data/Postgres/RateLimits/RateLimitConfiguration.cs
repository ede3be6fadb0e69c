using AttachmentGuide.Web.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>The shared rate-limit and sign-in tables, which exist only on PostgreSQL (one SQLite instance counts in memory).</summary>
internal static class RateLimitConfiguration
{
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<RateWindowCount>(window =>
        {
            window.ToTable("RateWindows");
            window.HasKey(w => new { w.Key, w.WindowStart });
            window.Property(w => w.Key).HasMaxLength(64);
            window.Property(w => w.WindowStart).HasConversion(UtcDateTime.Converter);
            window.Property(w => w.ExpiresAt).HasConversion(UtcDateTime.Converter);
            // The sweep's question: which windows have ended?
            window.HasIndex(w => w.ExpiresAt);
        });
        builder.Entity<SignInFailureRow>(failures =>
        {
            failures.ToTable("SignInFailures");
            failures.HasKey(f => f.Key);
            failures.Property(f => f.Key).HasMaxLength(64);
            failures.Property(f => f.LastAt).HasConversion(UtcDateTime.Converter);
            failures.Property(f => f.ExpiresAt).HasConversion(UtcDateTime.Converter);
            failures.HasIndex(f => f.ExpiresAt);
        });
        builder.Entity<RateKeySecret>(secret =>
        {
            secret.ToTable("RateKeySecrets");
            secret.HasKey(s => s.Id);
            secret.Property(s => s.Id).ValueGeneratedNever();
        });
    }
}
