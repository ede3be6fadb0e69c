using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Search;

/// <summary>The index is rebuilt with each content snapshot: what staff just wrote is found, what they removed is not.</summary>
public sealed class SearchReloadTests
{
    [Fact]
    public async Task A_reload_swaps_the_index_so_a_new_word_is_found_and_a_removed_one_is_not()
    {
        using var corpus = new SearchCorpus();
        using var factory = new SearchSiteFactory(corpus);
        using var client = factory.CreatePlainClient();
        Assert.NotEmpty((await client.GetDocumentAsync("/search?q=lights")).QuerySelectorAll(".search-results li"));
        Assert.Empty((await client.GetDocumentAsync("/search?q=marigoldwish")).QuerySelectorAll(".search-results li"));

        corpus.Article("sleep-routines", "Sleep Routines", "Evenings that help.", "tags: [sleep]",
            "## A Calm Evening\n\nA marigoldwish by the bed.");
        factory.Services.GetRequiredService<SiteContent>().Reload();

        var found = await client.GetDocumentAsync("/search?q=marigoldwish");
        Assert.Equal(
            "/guide/sleep-routines#a-calm-evening",
            Assert.Single(found.QuerySelectorAll(".search-results h2 a")).GetAttribute("href"));
        Assert.Empty((await client.GetDocumentAsync("/search?q=lights")).QuerySelectorAll(".search-results li"));
    }
}
