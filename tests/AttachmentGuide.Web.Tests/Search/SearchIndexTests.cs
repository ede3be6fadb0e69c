using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Hosting;
using AttachmentGuide.Web.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Tests.Search;

/// <summary>The index on its own: similar articles for related reading, and many readers while a reload swaps it.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private ContentLibrary Load() =>
        ContentParsing.CreateLoader().Load(_corpus.Path, ContentLoadOptions.Now(TimeProvider.System, includeDrafts: true)).Library;

    [Fact]
    public void Similar_articles_share_title_words_and_tags_best_first_never_itself_nor_a_draft_nor_a_page()
    {
        using var index = SearchIndex.Build(Load());

        var similar = index.SimilarTo("sleep-and-the-body", 3);

        Assert.Equal(["sleep-routines", "healing-after-trauma"], similar.Take(2));
        Assert.DoesNotContain("sleep-and-the-body", similar);
        Assert.DoesNotContain("secret-draft", similar);
        Assert.DoesNotContain("quiet-room", similar);
        Assert.Single(index.SimilarTo("sleep-and-the-body", 1));
        Assert.Empty(index.SimilarTo("secret-draft", 3));
        Assert.Empty(index.SimilarTo("no-such-article", 3));
    }

    [Fact]
    public async Task Thirty_two_readers_searching_while_the_index_is_swapped_all_get_answers()
    {
        var library = Load();
        var firstPage = new FirstPageSignal(TimeProvider.System);
        firstPage.PageServed();
        using var holder = new SearchIndexHolder(
            Options.Create(new SearchOptions()), new SearchIndexBuilder(), new NoOutputCache(), firstPage, NullLogger<SearchIndexHolder>.Instance);
        holder.SnapshotLoaded(library);
        await holder.FirstBuild;
        var query = SearchQuery.Parse("sleep body");
        var failures = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        var readers = Enumerable.Range(0, 32).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (holder.Search(query).Count == 0)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, TestContext.Current.CancellationToken));
        var swaps = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                holder.SnapshotLoaded(library);
            }
        }, TestContext.Current.CancellationToken);
        await Task.WhenAll([.. readers, swaps]);

        Assert.Equal(0, failures);
    }

    [Fact]
    public void A_search_in_flight_finishes_on_a_swapped_out_index_which_closes_after_it()
    {
        var index = SearchIndex.Build(Load());
        Assert.True(index.TryEnter());

        index.Dispose();
        var match = SearchQuery.Parse("lanternfish").ToMatch(everyWord: true);
        Assert.Single(index.Search(match, 5));
        index.Exit();

        Assert.False(index.TryEnter());
    }

    [Theory]
    [InlineData("\"NEAR(title:x OR y* -z ^w", "\"near\" AND \"title\" AND \"x\" AND \"y\" AND \"z\" AND \"w\"")]
    [InlineData("The body AND the mind", "\"body\" AND (\"mind\" OR \"mind\"*)")]
    [InlineData("the of and", "")]
    [InlineData("Healing\0HEALING", "(\"healing\" OR \"healing\"*)")]
    [InlineData("ox ki", "\"ox\" AND \"ki\"")]
    public void A_query_is_only_quoted_words(string typed, string match)
    {
        Assert.Equal(match, SearchQuery.Parse(typed).ToMatch(everyWord: true));
    }

    /// <summary>An output cache with nothing in it: the holder clears it after its first index.</summary>
    private sealed class NoOutputCache : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
