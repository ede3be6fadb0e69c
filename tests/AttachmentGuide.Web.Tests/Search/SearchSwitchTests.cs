using AngleSharp.Dom;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Search;
using AttachmentGuide.Web.Tests.Infrastructure;
using AttachmentGuide.Web.Tests.Topics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Tests.Search;

/// <summary>
/// <c>Search:Enabled</c> turns search off for the whole site, and the first index is built while the site already
/// serves pages: a search that comes too early gets a kind page, never an error or an empty result.
/// </summary>
public sealed class SearchSwitchTests
{
    private static List<string?> MainLinks(IDocument page) =>
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public async Task With_search_off_the_search_page_says_so_kindly_and_offers_the_topics_the_articles_and_the_clinic()
    {
        using var corpus = new SearchCorpus();
        using var factory = new SearchSiteFactory(corpus, ("Search:Enabled", "false"));
        using var client = factory.CreatePlainClient();

        var page = await client.GetDocumentAsync("/search?q=healing");

        Assert.Equal("Search", page.QuerySelector("h1")!.Text());
        Assert.Contains("does not offer search", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".search-results li"));
        Assert.Empty(page.QuerySelectorAll("form[role=search]"));
        Assert.Contains("/topics", MainLinks(page));
        Assert.Contains("/", MainLinks(page));
        Assert.Contains("/contact", MainLinks(page));
    }

    [Fact]
    public async Task With_search_off_no_page_has_the_search_box_and_with_it_on_every_page_does()
    {
        using var corpus = new SearchCorpus();
        using var off = new SearchSiteFactory(corpus, ("Search:Enabled", "false"));
        using var on = new SearchSiteFactory(corpus);
        using var offClient = off.CreatePlainClient();
        using var onClient = on.CreatePlainClient();

        foreach (var path in new[] { "/", "/guide/sleep-routines", "/topics", "/quiet-room" })
        {
            Assert.Empty((await offClient.GetDocumentAsync(path)).QuerySelectorAll("form[role=search]"));
            Assert.Single((await onClient.GetDocumentAsync(path)).QuerySelectorAll("form[role=search]"));
        }
    }

    [Fact]
    public async Task With_search_off_no_index_is_built_and_related_reading_comes_from_shared_topics_alone()
    {
        using var corpus = new SearchCorpus();
        // No tag in common with any article: only the index's similarity (its title's words) can relate it.
        corpus.Article("sleep-troubles", "Sleep Troubles at Night", "When rest will not come.", "tags: [nights]",
            "## Lying Awake\n\nThe hours pass slowly.");
        using var off = new SearchSiteFactory(corpus, ("Search:Enabled", "false"));
        using var on = new SearchSiteFactory(corpus);
        using var offClient = off.CreatePlainClient();
        using var onClient = on.CreatePlainClient();
        // The first index is built once the site has served its first page.
        await onClient.GetDocumentAsync("/");
        await on.Services.GetRequiredService<SearchIndexHolder>().FirstBuild.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var withSearch = RelatedReadingTests.RelatedLinks(await onClient.GetDocumentAsync("/guide/sleep-troubles"));
        var without = await offClient.GetDocumentAsync("/guide/sleep-troubles");

        Assert.Contains("/guide/sleep-routines", withSearch);
        Assert.Null(without.QuerySelector(".related-reading"));
        Assert.False(off.Services.GetRequiredService<SearchIndexHolder>().IsReady);
    }

    [Fact]
    public void A_wait_for_the_index_longer_than_half_a_minute_stops_start_up_naming_the_setting()
    {
        using var corpus = new SearchCorpus();
        using var factory = new SearchSiteFactory(corpus, ("Search:WaitForIndex", "00:05:00"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Search:WaitForIndex", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_first_index_is_built_pages_are_served_and_a_search_is_asked_kindly_to_try_again_keeping_its_words()
    {
        using var corpus = new SearchCorpus();
        using var builder = new HeldBackIndexBuilder();
        using var factory = new HeldBackSearchSiteFactory(corpus, builder, wait: TimeSpan.Zero);
        using var client = factory.CreatePlainClient();

        // Start-up does not wait for search: the article is served while its index is held back.
        await client.GetDocumentAsync("/guide/sleep-routines");
        var early = await client.GetDocumentAsync("/search?q=healing");

        Assert.Equal("Search is being prepared", early.QuerySelector("main [role=status] h2")!.Text());
        Assert.Equal("healing", early.QuerySelector("main input[name=q]")!.GetAttribute("value"));
        Assert.Empty(early.QuerySelectorAll(".search-results li"));
        Assert.Contains("/topics", MainLinks(early));
        Assert.Contains("/contact", MainLinks(early));

        builder.Release();
        await factory.Services.GetRequiredService<SearchIndexHolder>().FirstBuild.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var later = await client.GetDocumentAsync("/search?q=healing");

        Assert.Null(later.QuerySelector("main [role=status]"));
        Assert.NotEmpty(later.QuerySelectorAll(".search-results li"));
    }

    [Fact]
    public async Task A_search_just_after_start_waits_for_the_index_rather_than_be_sent_away()
    {
        using var corpus = new SearchCorpus();
        using var builder = new HeldBackIndexBuilder();
        using var factory = new HeldBackSearchSiteFactory(corpus, builder, wait: TimeSpan.FromSeconds(20));
        using var client = factory.CreatePlainClient();
        await client.GetDocumentAsync("/");

        var search = client.GetDocumentAsync("/search?q=healing");
        // Let go once the build has begun and the search has had time to arrive: it then finds the index only by waiting.
        await builder.Started.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        builder.Release();
        var page = await search;

        Assert.Null(page.QuerySelector("main [role=status]"));
        Assert.NotEmpty(page.QuerySelectorAll(".search-results li"));
    }

    /// <summary>Holds every index build until <see cref="Release"/>.</summary>
    private sealed class HeldBackIndexBuilder : SearchIndexBuilder, IDisposable
    {
        private readonly ManualResetEventSlim _gate = new();
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void Release() => _gate.Set();

        public override SearchIndex Build(ContentLibrary library)
        {
            _started.TrySetResult();
            _gate.Wait(TimeSpan.FromSeconds(60));
            return base.Build(library);
        }

        public void Dispose()
        {
            _gate.Set();
            _gate.Dispose();
        }
    }

    private sealed class HeldBackSearchSiteFactory(SearchCorpus corpus, SearchIndexBuilder builder, TimeSpan wait)
        : SiteFactory(corpus.Path, "Development")
    {
        protected override void ConfigureWebHost(IWebHostBuilder webHost)
        {
            base.ConfigureWebHost(webHost);
            webHost.UseSetting("Search:WaitForIndex", wait.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
            webHost.ConfigureTestServices(services => services.AddSingleton(builder));
        }
    }
}
