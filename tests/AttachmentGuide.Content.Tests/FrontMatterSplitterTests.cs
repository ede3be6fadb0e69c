namespace AttachmentGuide.Content.Tests;

/// <summary>
/// The splitter cuts the text in place rather than splitting it into lines; these are the edges where a cut by
/// index could be one off (the closing line last with no line end, an empty front matter, '---' alone).
/// </summary>
public sealed class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n", "title: A", "\n\n\nBody\n", true)]
    [InlineData("---\ntitle: A\nsummary: B\n---\n# Body\n\nMore", "title: A\nsummary: B", "\n\n\n\n# Body\n\nMore", true)]
    [InlineData("---  \ntitle: A\n...\t\nBody", "title: A", "\n\n\nBody", true)]
    [InlineData("---\ntitle: A\n---", "title: A", "\n\n\n", true)]
    [InlineData("---\n---\nBody", "", "\n\nBody", true)]
    [InlineData("---\n\n---\n", "", "\n\n\n", true)]
    [InlineData("---\ntitle: A\n---\n", "title: A", "\n\n\n", true)]
    [InlineData("---\ntitle: A\n--- \n\n", "title: A", "\n\n\n\n", true)]
    public void Cuts_the_front_matter_and_blanks_its_lines(string text, string yaml, string body, bool closed)
    {
        var parts = FrontMatterSplitter.Split(text);

        Assert.Equal(yaml, parts.Yaml);
        Assert.Equal(body, parts.Body);
        Assert.Equal(closed, parts.IsClosed);
    }

    [Theory]
    [InlineData("---", "")]
    [InlineData("---\n", "")]
    [InlineData("---\ntitle: A", "title: A")]
    [InlineData("---\ntitle: A\n", "title: A\n")]
    [InlineData("---\ntitle: A\n----\nBody", "title: A\n----\nBody")]
    public void An_unclosed_front_matter_is_everything_after_the_first_line(string text, string yaml)
    {
        var parts = FrontMatterSplitter.Split(text);

        Assert.Equal(yaml, parts.Yaml);
        Assert.Equal(string.Empty, parts.Body);
        Assert.False(parts.IsClosed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Just a body\n")]
    [InlineData(" ---\ntitle: A\n---\n")]
    [InlineData("----\ntitle: A\n---\n")]
    public void Text_without_an_opening_line_is_all_body(string text)
    {
        var parts = FrontMatterSplitter.Split(text);

        Assert.Null(parts.Yaml);
        Assert.Same(text, parts.Body);
        Assert.True(parts.IsClosed);
    }
}
