using System.Net;
using AngleSharp.Dom;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Search;

/// <summary>What a reader sees on /search: ranked results at the right section, safe snippets, kind empty pages.</summary>
public sealed class SearchPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private Task<AngleSharp.Html.Dom.IHtmlDocument> SearchAsync(string query) =>
        site.Client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

    private static List<string> Links(IDocument page) =>
        page.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task An_exact_title_match_outranks_a_passing_mention()
    {
        var links = Links(await SearchAsync("healing"));

        Assert.Equal(2, links.Count);
        Assert.StartsWith("/guide/healing-after-trauma", links[0], StringComparison.Ordinal);
        Assert.Equal("/guide/everyday-feelings#anger", links[1]);
    }

    [Fact]
    public async Task Stemming_finds_healing_for_heal()
    {
        var page = await SearchAsync("heal");

        Assert.Contains(Links(page), l => l.StartsWith("/guide/healing-after-trauma", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".search-snippet mark"), m => m.TextContent == "healing");
    }

    [Fact]
    public async Task The_last_word_also_finds_the_longer_words_it_begins_so_a_word_still_being_typed_is_found()
    {
        var page = await SearchAsync("lanter");

        Assert.Equal(["/quiet-room#finding-the-room"], Links(page));
        Assert.Contains(page.QuerySelectorAll(".search-snippet mark"), m => m.TextContent == "lanternfish");
        // Only the last word: a word before it is a whole word, so this finds nothing.
        Assert.Empty(Links(await SearchAsync("lanter qqqqq")));
    }

    [Fact]
    public async Task A_result_links_to_the_section_that_matched_for_articles_and_pages()
    {
        Assert.Equal(["/guide/sleep-and-the-body#settling-the-body"], Links(await SearchAsync("breathing")));
        Assert.Equal(["/quiet-room#finding-the-room"], Links(await SearchAsync("lanternfish")));
        var section = (await SearchAsync("breathing")).QuerySelector(".search-results .meta")!;
        Assert.Contains("Settling the Body", section.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_section_is_shown_as_text_and_only_the_matched_word_is_marked()
    {
        var page = await SearchAsync("quokkamarkup");

        var snippet = Assert.Single(page.QuerySelectorAll(".search-snippet"));
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent, StringComparison.Ordinal);
        Assert.Empty(snippet.QuerySelectorAll("script"));
        Assert.Equal(["quokkamarkup"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(snippet.ChildElementCount, snippet.QuerySelectorAll("mark").Length);
    }

    [Fact]
    public async Task A_draft_is_never_found()
    {
        var page = await SearchAsync("zanzibarword");

        Assert.Empty(Links(page));
        Assert.DoesNotContain("secret-draft", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_private_not_stored_and_its_title_never_names_the_query()
    {
        using var response = await site.Client.GetAsync(new Uri("/search?q=healing", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Private, "Cache-Control must be private");
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control must be no-store");
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.StartsWith("Search results", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("healing", page.Title!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("noindex", page.MetaContent("meta[name=robots]"));
    }

    [Fact]
    public async Task Nothing_found_offers_the_topics_the_contact_page_and_crisis_help()
    {
        var page = await SearchAsync("xylophonequest");

        Assert.Empty(Links(page));
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/topics", links);
        Assert.Contains("/contact", links);
        Assert.NotNull(page.QuerySelector("main #crisis-help"));
    }

    [Fact]
    public async Task An_empty_search_shows_the_box_and_says_what_to_do()
    {
        var page = await site.Client.GetDocumentAsync("/search");

        Assert.Equal("Search", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("main form[role=search][action='/search'][method=get] input[type=search][name=q]"));
        Assert.Null(page.QuerySelector("#crisis-help"));
    }

    [Fact]
    public async Task Every_page_has_a_labelled_search_box_in_a_plain_get_form()
    {
        var page = await site.Client.GetDocumentAsync("/guide/sleep-routines");

        var form = Assert.Single(page.QuerySelectorAll("body > form[role=search]"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[type=search][name=q]")!;
        Assert.Equal("Search", page.QuerySelector($"label[for={input.Id}]")!.Text());
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"\"", "*", "heal*", "NEAR(", "NEAR(body sleep", "body OR", "OR", "AND", "NOT", "NOT body", "-body", ":",
        "title:healing", "{title}: x", "^body", "\"unbalanced quote", "body\0sleep", "\u0001\u0007\u001b", "جسد النوم",
        "\u202Ebody\u202C", "the and of", "?!.,;", "(((", "body)", "'; DROP TABLE doc; --", new string('x', 2000),
        "\uD83D\uDE00", "\uD800", "ｂｏｄｙ",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task An_odd_or_hostile_query_gets_a_page_never_an_error(string query)
    {
        var page = await SearchAsync(query);

        // Control characters alone leave nothing to search for: the empty search page ("Search").
        Assert.StartsWith("Search", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main input[name=q]"));
    }

    [Fact]
    public async Task A_very_long_search_is_shortened_with_a_note_and_still_searched()
    {
        var page = await SearchAsync("breathing " + new string('y', 2000));

        Assert.Contains("shortened", page.QuerySelector(".search-note")!.Text(), StringComparison.Ordinal);
        Assert.Equal(200, page.QuerySelector("main input[name=q]")!.GetAttribute("value")!.Length);
        Assert.Equal(["/guide/sleep-and-the-body#settling-the-body"], Links(page));
    }
}
