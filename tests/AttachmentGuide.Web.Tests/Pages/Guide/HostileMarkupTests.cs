using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Pages.Guide;

public sealed class HostileMarkupTests(FixtureSiteFactory factory) : IClassFixture<FixtureSiteFactory>
{
    private const string HostilePath = "/guide/hostile-markup";

    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data"];

    private async Task<IHtmlDocument> GetHostileArticleAsync()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync(HostilePath);
        Assert.Equal("Hostile Markup", Assert.Single(document.QuerySelectorAll("h1")).Text());
        return document;
    }

    [Fact]
    public async Task HostileArticle_HasNoScriptElementInMain()
    {
        var document = await GetHostileArticleAsync();

        var main = Assert.Single(document.QuerySelectorAll("main"));
        Assert.Empty(main.QuerySelectorAll("script").Select(s => s.OuterHtml));
    }

    [Fact]
    public async Task HostileArticle_HasOnlyJsonLdAndFileScriptsInTheDocument()
    {
        var document = await GetHostileArticleAsync();

        var offending = document.QuerySelectorAll("script")
            .Where(s => s.GetAttribute("type") != "application/ld+json" && !(s.HasAttribute("src") && string.IsNullOrWhiteSpace(s.TextContent)))
            .Select(s => s.OuterHtml);
        Assert.Empty(offending);
        Assert.All(document.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.Equal("head", s.ParentElement?.LocalName));
    }

    [Fact]
    public async Task HostileArticle_HasNoEventHandlerAttributeAnywhere()
    {
        var document = await GetHostileArticleAsync();

        var handlers = document.All
            .SelectMany(e => e.Attributes.Select(a => (Element: e, Attribute: a)))
            .Where(x => x.Attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"<{x.Element.LocalName} {x.Attribute.Name}=\"{x.Attribute.Value}\">");
        Assert.Empty(handlers);
    }

    [Fact]
    public async Task HostileArticle_HasOnlySafeAddressesInMain()
    {
        var document = await GetHostileArticleAsync();

        var main = Assert.Single(document.QuerySelectorAll("main"));
        var addresses = main.Descendants<IElement>()
            .SelectMany(e => UrlAttributes.Select(name => (Element: e, Name: name, Value: e.GetAttribute(name))))
            .Where(x => x.Value is not null)
            .ToList();
        Assert.Contains(addresses, x => x.Value == "https://example.org/");
        Assert.All(addresses, x => Assert.True(UrlCheck.IsSafe(x.Value!), $"<{x.Element.LocalName} {x.Name}=\"{x.Value}\"> is not http, https, mailto, tel or relative"));
    }

    [Fact]
    public async Task HostileArticle_HasNoEmbeddedActiveContentInMain()
    {
        var document = await GetHostileArticleAsync();

        var main = Assert.Single(document.QuerySelectorAll("main"));
        Assert.Empty(main.QuerySelectorAll("iframe, object, embed, svg, form, base, meta, link, style").Select(e => e.OuterHtml));
    }

    [Fact]
    public async Task HostileArticle_ShowsTheRawHtmlAsText()
    {
        var document = await GetHostileArticleAsync();

        var main = Assert.Single(document.QuerySelectorAll("main"));
        Assert.Contains("<script>alert(1)</script>", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileArticle_KeepsSafeLinksLive()
    {
        var document = await GetHostileArticleAsync();

        var hrefs = document.QuerySelectorAll("main section a[href]").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("https://example.org/", hrefs);
        Assert.Contains("mailto:someone@example.org", hrefs);
        Assert.Contains("tel:+442079460000", hrefs);
        Assert.Contains("/", hrefs);
    }
}
