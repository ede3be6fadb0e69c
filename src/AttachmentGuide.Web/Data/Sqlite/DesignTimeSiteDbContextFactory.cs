using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AttachmentGuide.Web.Inquiries;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the site.</summary>
public sealed class DesignTimeInquiryDbContextFactory : IDesignTimeDbContextFactory<InquiryDbContext>
{
    public InquiryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InquiryDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
