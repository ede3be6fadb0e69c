using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Guide;

public sealed class SlugTests(FixtureSiteFactory factory) : IClassFixture<FixtureSiteFactory>
{
    [Fact]
    public async Task FrontMatterSlug_IsTheArticleAddress()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/chosen-slug");

        Assert.Equal("Chosen Slug Article", Assert.Single(document.QuerySelectorAll("h1")).Text());
    }

    [Fact]
    public async Task FileName_IsNotAnAddressWhenFrontMatterNamesASlug()
    {
        await factory.CreatePlainClient().GetDocumentAsync("/guide/file-name-differs", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/guide/gentle-start.md")]
    [InlineData("/guide/..%2Fsite.yml")]
    public async Task NearMissSlug_Is404(string path)
    {
        await factory.CreatePlainClient().GetDocumentAsync(path, HttpStatusCode.NotFound);
    }
}
