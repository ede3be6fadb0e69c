using System.Text.Json;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Guide;

public sealed class HostileTitleTests(FixtureSiteFactory factory) : IClassFixture<FixtureSiteFactory>
{
    private const string Title = "Closing </script><script>alert(1)</script> Tags";
    private const string Summary = "A summary that tries to leave its attribute \"><img src=x onerror=alert(1)>";

    [Fact]
    public async Task HostileTitle_IsShownAsTextInTheHeadingAndTitle()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/hostile-title");

        Assert.Equal(Title, Assert.Single(document.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.StartsWith(Title, document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileTitle_StaysInsideJsonLdAndMetaTags()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/hostile-title");

        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(Title, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(Summary, json.RootElement.GetProperty("description").GetString());
        Assert.Equal(Title, document.MetaContent("meta[property='og:title']"));
        Assert.Equal(Summary, document.MetaContent("meta[name=description]"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }
}
