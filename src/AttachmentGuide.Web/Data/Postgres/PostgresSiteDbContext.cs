using AttachmentGuide.Web.Data.Postgres.RateLimits;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// The site's database on PostgreSQL: the same model as <see cref="SiteDbContext"/>, a type of its own so that EF
/// Core keeps its migrations (Data/Postgres/Migrations) apart from SQLite's, plus what only instances sharing one
/// database need: the rate-limit counters (<see cref="PostgresRateWindows"/>).
/// </summary>
public sealed class PostgresSiteDbContext(DbContextOptions<PostgresSiteDbContext> options, PersonalFieldProtector protector)
    : SiteDbContext(options, protector)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        RateLimitConfiguration.Apply(builder);
    }
}
