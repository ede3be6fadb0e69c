using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AttachmentGuide.Web.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --context KeyRingDbContext --output-dir Data/Postgres/KeyRingMigrations</c>
/// build the context without a server.
/// </summary>
public sealed class DesignTimeKeyRingDbContextFactory : IDesignTimeDbContextFactory<KeyRingDbContext>
{
    public KeyRingDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<KeyRingDbContext>().UseNpgsql("Host=localhost;Database=design-time", KeyRingDbContext.UseOwnHistory).Options);
}
