using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Search;

/// <summary>A search is personal ("my father hit me"): no log event, at any level the site or the framework writes, carries it.</summary>
public sealed class SearchLoggingPrivacyTests
{
    private const string Distinctive = "plumbagoquest";

    [Fact]
    public async Task No_log_event_contains_the_words_searched_for_while_the_search_path_is_logged()
    {
        using var corpus = new SearchCorpus();
        using var factory = new SearchSiteFactory(
            corpus,
            ("Serilog:MinimumLevel:Default", "Verbose"),
            ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose"),
            ("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose"),
            ("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Verbose"));
        using var client = factory.CreatePlainClient();

        await client.GetDocumentAsync("/search?q=" + Distinctive + "+healing");
        await client.GetDocumentAsync("/search?q=breathing+" + Distinctive);
        await client.GetDocumentAsync("/SEARCH?q=" + Distinctive);
        await client.GetDocumentAsync("/search/?q=%22" + Distinctive + "%22");

        var events = factory.Logs.Events;
        Assert.NotEmpty(events);
        foreach (var logEvent in events)
        {
            var rendered = LogCapture.Render(logEvent);
            Assert.False(
                rendered.Contains(Distinctive, StringComparison.OrdinalIgnoreCase),
                $"A {logEvent.Level} log event contains the search:\n{rendered}");
        }

        Assert.Contains(events, e => LogCapture.Scalar(e, "RequestPath") as string == "/search");
    }
}
