using AttachmentGuide.Web.Data.Configuration;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Inquiries;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AttachmentGuide.Web.Data;

/// <summary>The one database: inquiries, staff accounts (Identity), the audit log, the alert outbox and the content history.</summary>
/// <remarks>
/// Not sealed for one reason: each engine's migrations belong to a context type of their own (EF Core finds them by
/// the type), so PostgreSQL uses <see cref="Postgres.PostgresSiteDbContext"/> and SQLite's history stays as it is.
/// </remarks>
public class SiteDbContext : IdentityDbContext<StaffUser>
{
    public SiteDbContext(DbContextOptions<SiteDbContext> options, PersonalFieldProtector protector)
        : this((DbContextOptions)options, protector)
    {
    }

    protected SiteDbContext(DbContextOptions options, PersonalFieldProtector protector)
        : base(options)
    {
        Protector = protector;
    }

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    /// <summary>The key ring the model encrypts personal fields with (see <see cref="ProtectorModelCacheKeyFactory"/>).</summary>
    public PersonalFieldProtector Protector { get; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Here rather than in each registration, so no way of building the context can share a model across key rings.
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ProtectorModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new InquiryConfiguration(Protector.Converter));
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new OutboxMessageConfiguration());
        builder.ApplyConfiguration(new StaffRoleConfiguration());
        builder.ApplyConfiguration(new ContentVersionConfiguration());
    }
}
