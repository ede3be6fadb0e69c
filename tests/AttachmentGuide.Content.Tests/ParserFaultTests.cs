using AttachmentGuide.Content.Diagnostics;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace AttachmentGuide.Content.Tests;

/// <summary>
/// The last line of defence: whatever a parser throws while reading one file becomes that file's AG0122 error,
/// naming the exception's type and place but never its message (which may quote the file), and the rest loads.
/// </summary>
public sealed class ParserFaultTests
{
    private const string Secret = "words from the file";

    private static readonly ArticleParser FaultyParser = new(
        new MarkdownPipelineBuilder().Use<ThrowOnPercent>().Build(), TestContent.ParserOptions);

    [Fact]
    public void An_exception_while_parsing_a_file_is_that_files_error_without_its_message()
    {
        var result = FaultyParser.Parse("/content/articles/faulty.md", TempContentFolder.Article("Faulty", "## Part\n\n100% sure.\n"), TestContent.Today);

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ReadFailed, error.Code);
        Assert.True(error.IsError);
        Assert.Contains("InvalidOperationException", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_files_still_load_and_a_reload_keeps_the_last_good_version_of_the_faulty_one()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/good.md", TempContentFolder.Article("Good"));
        var faulty = folder.Write("articles/faulty.md", TempContentFolder.Article("Faulty before"));
        var loader = new ContentLoader(FaultyParser, TimeProvider.System);
        var options = new ContentLoadOptions(IncludeDrafts: false, TestContent.Today);
        var first = loader.Load(folder.Root, options).Library;

        folder.Write("articles/faulty.md", TempContentFolder.Article("Faulty after", "## Part\n\n100% sure.\n"));
        var second = loader.Load(folder.Root, options, first);

        Assert.Equal(["Faulty before", "Good"], second.Library.All.Select(a => a.Title).Order(StringComparer.Ordinal));
        Assert.Contains(second.Diagnostics, d => d.FilePath == faulty && d.Code == DiagnosticCodes.ReadFailed);
    }

    /// <summary>A Markdig extension that throws on '%', as a parser bug would.</summary>
    private sealed class ThrowOnPercent : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Insert(0, new Thrower());

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }

        private sealed class Thrower : InlineParser
        {
            public Thrower() => OpeningCharacters = ['%'];

            public override bool Match(InlineProcessor processor, ref Markdig.Helpers.StringSlice slice) =>
                throw new InvalidOperationException(Secret);
        }
    }
}
