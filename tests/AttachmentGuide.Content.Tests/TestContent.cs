using AttachmentGuide.Content;
using AttachmentGuide.Content.Rendering;

namespace AttachmentGuide.Content.Tests;

internal static class TestContent
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>The options the site gives the parser (SiteUrls in the web project): its article address and layout ids.</summary>
    public static ArticleParserOptions ParserOptions { get; } = new(
        "/guide/",
        ["top", "main", "quick-exit", "quick-exit-hint", "on-this-page", "reach-out", "crisis-help"]);

    public static ArticleParser Parser { get; } = new(MarkdownPipelineFactory.Create(), ParserOptions);

    public static ContentLoader Loader() => new(Parser, TimeProvider.System);

    public static ArticleParseResult Parse(string text, string fileName = "sample.md") =>
        Parser.Parse(Path.Combine("/content/articles", fileName), text, Today);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttachmentGuide.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AttachmentGuide.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static string ReadSample(string name) => File.ReadAllText(Sample(name));
}
