using System.Diagnostics;
using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests;

/// <summary>
/// Markdown nested past what Markdig reads (it throws, or takes seconds) is one file's error at its line,
/// never an exception: the rest of the site still serves.
/// </summary>
public sealed class HostileMarkdownTests
{
    private const string Head = "---\ntitle: Deep\nsummary: Nested far too deep.\n---\n\n## Part\n\n";
    private const int FirstBodyLine = 8;

    public static TheoryData<string, int> Constructs()
    {
        var data = new TheoryData<string, int>();
        foreach (var construct in Nesting.Keys)
        {
            foreach (var depth in new[] { 64, 130, 1_000, 10_000 })
            {
                data.Add(construct, depth);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Func<int, string>> Nesting = new(StringComparer.Ordinal)
    {
        ["block quotes"] = n => Repeat("> ", n) + "x\n",
        ["bullets on one line"] = n => Repeat("- ", n) + "x\n",
        ["numbers on one line"] = n => Repeat("1. ", n) + "x\n",
        ["quoted list items"] = n => Repeat("> - ", n) + "x\n",
        ["indented list"] = n => string.Concat(Enumerable.Range(0, Math.Min(n, 300)).Select(i => new string(' ', 2 * i) + "- a\n")),
        ["tab-indented list"] = n => string.Concat(Enumerable.Range(0, Math.Min(n, 300)).Select(i => new string('\t', i) + "* a\n")),
        ["asterisks"] = n => Repeat("*", n) + "x" + Repeat("*", n) + "\n",
        ["underscores"] = n => Repeat("_", n) + "x" + Repeat("_", n) + "\n",
        ["spaced emphasis"] = n => Repeat("*a ", n) + "x" + Repeat(" b*", n) + "\n",
        ["mixed emphasis"] = n => Repeat("*_", n) + "x" + Repeat("_*", n) + "\n",
        ["marks and carets"] = n => Repeat("==", n) + "x" + Repeat("^", n) + "\n",
        ["open brackets"] = n => Repeat("[", n) + "x\n",
        ["balanced brackets"] = n => Repeat("[", n) + "x" + Repeat("]", n) + "\n",
        ["links in links"] = n => Repeat("[", n) + "x" + Repeat("](u)", n) + "\n",
        ["images in images"] = n => Repeat("![", n) + "x" + Repeat("](u)", n) + "\n",
        ["brackets over lines"] = n => string.Concat(Enumerable.Repeat("a [b\n", n)),
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Nesting_past_the_limit_is_an_error_at_its_line_and_never_an_exception(string construct, int depth)
    {
        var clock = Stopwatch.StartNew();

        var result = TestContent.Parse(Head + Nesting[construct](depth));

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TooDeeplyNested, error.Code);
        Assert.InRange(error.Line!.Value, FirstBodyLine, FirstBodyLine + 64);
        Assert.Contains("at most 32", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Fix);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void The_error_names_the_line_where_the_nesting_goes_too_deep()
    {
        var result = TestContent.Parse(Head + "A calm paragraph.\n\n" + Repeat("> ", 40) + "x\n");

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooDeeplyNested);
        Assert.Equal(FirstBodyLine + 2, error.Line);
        Assert.Contains("about 40 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_real_articles_write_is_not_refused()
    {
        const string body = """
            Some **bold** and *italic* words, a [link](https://example.org) and ![a picture](/images/a.png).
            Snake_case_words, 2 + 2 = 4, C++ and 5 * 3 are not emphasis. [One] [two] [three] [four].

            - A list
              - nested once
                - nested twice
                  1. and numbered
            > A quote
            > > within a quote
            > - with a list

            * * *

            ***Strong and emphasised*** and ~~struck~~ and ==marked== text.

            """;

        var result = TestContent.Parse(Head + body);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.NotNull(result.Article);
    }

    [Fact]
    public void A_deeply_nested_file_is_left_out_and_the_other_articles_are_served()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/good.md", TempContentFolder.Article("Good"));
        var deep = folder.Write("articles/deep.md", Head + Repeat("> ", 130) + "x\n");

        var result = TestContent.Loader().Load(folder.Root, new ContentLoadOptions(false, TestContent.Today));

        Assert.Equal(["Good"], result.Library.All.Select(a => a.Title));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(deep, error.FilePath);
        Assert.Equal(DiagnosticCodes.TooDeeplyNested, error.Code);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
