using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>Parses responses with a real HTML parser.</summary>
public static class HtmlHelpers
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var cancellation = TestContext.Current.CancellationToken;
        var html = await response.Content.ReadAsStringAsync(cancellation);
        return await Parser.ParseDocumentAsync(html, cancellation);
    }

    /// <summary>GETs a page, asserts the status and that it is HTML, and parses it.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await ParseAsync(response);
    }

    public static string Text(this IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static string? MetaContent(this IDocument document, string selector)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.QuerySelector(selector)?.GetAttribute("content");
    }

    /// <summary>The article slugs the home page links to, in order.</summary>
    public static IReadOnlyList<string> ArticleSlugs(this IDocument home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return home.QuerySelectorAll("ul.article-list a[href]")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith("/guide/", StringComparison.Ordinal))
            .Select(href => href["/guide/".Length..])
            .ToList();
    }
}
