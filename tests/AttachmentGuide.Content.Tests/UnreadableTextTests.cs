using System.Text;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Limits;

namespace AttachmentGuide.Content.Tests;

/// <summary>Control characters, text that is not UTF-8 and files too large to read: each a diagnostic at its place.</summary>
public sealed class UnreadableTextTests
{
    private static readonly ContentLoadOptions Published = new(IncludeDrafts: false, TestContent.Today);

    [Theory]
    [InlineData("---\ntitle: A\0title\nsummary: S.\n---\n\n## Part\n\nText.\n", 2, 9)]
    [InlineData("---\ntitle: T\nsummary: S.\n---\n\n## Part\n\nText\0 more.\n", 8, 5)]
    [InlineData("---\ntitle: T\nsummary: S.\n---\n\n## Part\n\nA bell \u0007 rings.\n", 8, 8)]
    [InlineData("---\ntitle: T\nsummary: S.\n---\n\n## Part\n\nDEL\u007F and C1\u0085.\n", 8, 4)]
    [InlineData("\uFEFF---\r\ntitle: A\0title\r\nsummary: S.\r\n---\r\n", 2, 9)]
    public void A_control_character_is_an_error_at_its_line_and_column(string text, int line, int column)
    {
        var result = TestContent.Parse(text);

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("invisible control character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_names_itself()
    {
        var error = Assert.Single(TestContent.Parse("---\ntitle: \0\nsummary: S.\n---\n").Diagnostics, d => d.IsError);

        Assert.Contains("U+0000 (NUL)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_that_is_not_utf8_is_reported_at_the_line_and_column_of_the_bad_byte(bool withBom)
    {
        using var folder = new TempContentFolder();
        var good = Encoding.UTF8.GetBytes("---\ntitle: Café\nsummary: S.\n---\n\n## Part\n\nAn é then ");
        byte[] bom = withBom ? [0xEF, 0xBB, 0xBF] : [];
        var path = folder.WriteBytes("articles/latin.md", [.. bom, .. good, 0xE9, .. "t\u00e9\n"u8]);

        var result = TestContent.Loader().Load(folder.Root, Published);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(path, error.FilePath);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Equal((8, 11), (error.Line, error.Column));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_parsed()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/good.md", TempContentFolder.Article("Good"));
        var huge = folder.Write(
            "articles/huge.md",
            TempContentFolder.Article("Huge", "## Part\n\n" + new string('a', ContentLimits.MaxFileBytes) + "\n"));

        var result = TestContent.Loader().Load(folder.Root, Published);

        Assert.Equal(["Good"], result.Library.All.Select(a => a.Title));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((huge, DiagnosticCodes.TooLarge), (error.FilePath, error.Code));
        Assert.Contains("1,048,576 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_over_the_size_limit_handed_to_the_parser_is_refused_too()
    {
        var result = TestContent.Parse(TempContentFolder.Article("Huge", new string('a', ContentLimits.MaxFileBytes + 1)));

        Assert.Equal(DiagnosticCodes.TooLarge, Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }
}
