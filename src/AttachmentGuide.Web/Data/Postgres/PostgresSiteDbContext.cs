using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// The site's database on PostgreSQL: the same model as <see cref="SiteDbContext"/>, a type of its own only so that
/// EF Core keeps its migrations (Data/Postgres/Migrations) apart from SQLite's.
/// </summary>
public sealed class PostgresSiteDbContext(DbContextOptions<PostgresSiteDbContext> options, PersonalFieldProtector protector)
    : SiteDbContext(options, protector);
