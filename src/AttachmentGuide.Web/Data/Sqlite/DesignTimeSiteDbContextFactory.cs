using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AttachmentGuide.Web.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the site.</summary>
public sealed class DesignTimeSiteDbContextFactory : IDesignTimeDbContextFactory<SiteDbContext>
{
    public SiteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SiteDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
