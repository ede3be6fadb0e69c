using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the site.</summary>
public sealed class DesignTimeSiteDbContextFactory : IDesignTimeDbContextFactory<SiteDbContext>
{
    // The tools only compare models; an in-memory key ring is never used to encrypt anything.
    public SiteDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SiteDbContext>().UseSqlite("Data Source=design-time.db").Options,
        new PersonalFieldProtector(new EphemeralDataProtectionProvider()));
}
