using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace AttachmentGuide.Web.Tests.Search;

/// <summary>
/// A small content folder written for the search tests: a title match and a passing mention of the same word,
/// a section holding <c>&lt;script&gt;</c> as text, a draft, a page, and articles that share tags.
/// </summary>
public sealed class SearchCorpus : IDisposable
{
    public SearchCorpus()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "articles"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "pages"));
        File.Copy(System.IO.Path.Combine(TestPaths.RealContent, "site.yml"), System.IO.Path.Combine(Path, "site.yml"));
        Article("healing-after-trauma", "Healing After Trauma", "How people recover.", "tags: [recovery, body]",
            "## Small Steps\n\nRecovery takes time and patience.\n\n## The Body\n\nYour body remembers and learns to settle.");
        Article("everyday-feelings", "Everyday Feelings", "Feelings that come and go.", "tags: [feelings]",
            "## Sadness\n\nSadness is a normal feeling.\n\n## Anger\n\nAnger tells you something matters. " +
            "Long after, some people describe a slow healing of old hurts, but this article is about daily moods.");
        Article("code-on-screen", "Notes for Curious Readers", "A section with markup shown as text.", "tags: [feelings]",
            "## Markup Shown\n\nThe quokkamarkup tag `<script>alert(1)</script>` is shown here as text.");
        Article("secret-draft", "Secret Draft", "Unfinished.", "draft: true",
            "## Hidden\n\nThe word zanzibarword is only in a draft.");
        Article("sleep-and-the-body", "Sleep and the Body", "Rest after fear.", "tags: [sleep, body]",
            "## Why Sleep Is Hard\n\nNights can feel unsafe.\n\n## Settling the Body\n\nBreathing slowly helps.");
        Article("sleep-routines", "Sleep Routines", "Evenings that help.", "tags: [sleep]",
            "## A Calm Evening\n\nDim the lights and slow down.");
        File.WriteAllText(System.IO.Path.Combine(Path, "pages", "quiet-room.md"),
            "---\ntitle: The Quiet Room\nsummary: Our waiting room.\n---\n\nWelcome.\n\n## Finding the Room\n\nLook for the lanternfish painting by the door.\n");
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ag-search-" + Guid.NewGuid().ToString("N"));

    public void Article(string slug, string title, string summary, string frontMatter, string body) =>
        File.WriteAllText(
            System.IO.Path.Combine(Path, "articles", slug + ".md"),
            $"---\ntitle: {title}\nsummary: {summary}\npublished: 2026-01-10\n{frontMatter}\n---\n\nAn opening line.\n\n{body}\n");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>The site on a <see cref="SearchCorpus"/>, in Development (so drafts are loaded, and must still not be found).</summary>
public sealed class SearchSiteFactory(SearchCorpus corpus, params (string Key, string Value)[] settings) : SiteFactory(corpus.Path, "Development")
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }
}

/// <summary>One site on one corpus for a whole test class.</summary>
public sealed class SearchSite : IDisposable
{
    public SearchSite()
    {
        Factory = new SearchSiteFactory(Corpus);
        Client = Factory.CreatePlainClient();
    }

    public SearchCorpus Corpus { get; } = new();

    public SearchSiteFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Corpus.Dispose();
    }
}
