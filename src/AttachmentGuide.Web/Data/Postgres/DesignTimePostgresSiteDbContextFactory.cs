using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context PostgresSiteDbContext --output-dir Data/Postgres/Migrations</c>
/// build the context without a server: adding a migration compares models and never connects.
/// </summary>
public sealed class DesignTimePostgresSiteDbContextFactory : IDesignTimeDbContextFactory<PostgresSiteDbContext>
{
    public PostgresSiteDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresSiteDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options,
        new PersonalFieldProtector(new EphemeralDataProtectionProvider()));
}
