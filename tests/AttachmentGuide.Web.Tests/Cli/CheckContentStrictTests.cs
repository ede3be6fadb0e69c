using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Cli;

/// <summary><c>check-content --strict</c> for a deploy pipeline, and the summary that counts drafts apart.</summary>
public sealed class CheckContentStrictTests : IDisposable
{
    private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("ag-strict-");

    public CheckContentStrictTests()
    {
        var articles = _content.CreateSubdirectory("articles");
        var pages = _content.CreateSubdirectory("pages");
        File.Copy(Path.Combine(TestPaths.RealContent, "site.yml"), Path.Combine(_content.FullName, "site.yml"));
        File.WriteAllText(Path.Combine(articles.FullName, "ready.md"), "---\ntitle: Ready\nsummary: Done.\n---\n\n## Part\n\nSee [missing](other-article).\n");
        File.WriteAllText(Path.Combine(articles.FullName, "unfinished.md"), "---\ntitle: Unfinished\nsummary: Not yet.\ndraft: true\n---\n\n## Part\n\nText.\n");
        File.WriteAllText(Path.Combine(pages.FullName, "fees.md"), "---\ntitle: Fees\nsummary: Costs.\n---\n\n## Fees\n\nTO COMPLETE: the fee.\n");
    }

    public void Dispose() => _content.Delete(recursive: true);

    private Task<CliResult> CheckAsync(params string[] extra) =>
        CliRunner.RunAsync(_content.FullName, ["check-content", "--content", _content.FullName, .. extra]);

    [Fact]
    public async Task Without_strict_warnings_pass()
    {
        var result = await CheckAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.Contains("fees.md(8,1): warning AG0220", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Strict_alone_makes_the_default_codes_errors_and_fails()
    {
        var result = await CheckAsync("--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.Contains("fees.md(8,1): error AG0220", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Contains("ready.md(8,5): error AG0206", StringComparison.Ordinal));
        Assert.Contains("strict: AG0206,AG0207,AG0220,AG0222,AG0250", result.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_with_codes_raises_only_those()
    {
        var result = await CheckAsync("--strict", "ag0206");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.Contains("error AG0206", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Contains("warning AG0220", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Strict_with_a_code_that_is_not_one_is_a_usage_error_naming_it()
    {
        var result = await CheckAsync("--strict", "AG02X6");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'AG02X6'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_image_is_a_warning_and_with_strict_an_error_that_fails_the_check()
    {
        File.WriteAllText(
            Path.Combine(_content.FullName, "articles", "photo.md"),
            "---\ntitle: Photo\nsummary: A picture.\n---\n\n## Part\n\n![A calm lake at dawn](/images/missing.jpg)\n");

        var lenient = await CheckAsync();
        var strict = await CheckAsync("--strict", "AG0250");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains(lenient.OutputLines, l => l.Contains("photo.md(8,1): warning AG0250", StringComparison.Ordinal));
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.OutputLines, l => l.Contains("photo.md(8,1): error AG0250", StringComparison.Ordinal) && l.Contains("missing.jpg", StringComparison.Ordinal));
        // Only the missing image fails it: the other warnings stay warnings.
        Assert.Contains(strict.OutputLines, l => l.Contains("ready.md(8,5): warning AG0206", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_summary_counts_drafts_apart_from_ready_articles()
    {
        var result = await CheckAsync();

        Assert.Contains("1 article and 1 page ready, 1 draft", result.OutputLines[^1], StringComparison.Ordinal);
    }
}
