using AttachmentGuide.Web.Forms;

namespace AttachmentGuide.Web.Tests.Forms;

public sealed class FormTextTests
{
    [Theory]
    [InlineData("  Zoë  ", "Zoë")]
    [InlineData("O'Brien\r\nSmith", "O'Brien Smith")]
    [InlineData("a\tb", "a b")]
    [InlineData("bell\u0007 esc\u001b del\u007f", "bell esc del")]
    [InlineData("<b>bold</b>", "<b>bold</b>")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void CleanLine_strips_controls_turns_breaks_and_tabs_into_spaces_and_trims(string? input, string? expected)
    {
        Assert.Equal(expected, FormText.CleanLine(input));
    }

    [Theory]
    [InlineData("line one\r\nline two", "line one\nline two")]
    [InlineData("old mac\rline", "old mac\nline")]
    [InlineData("keep\ttab", "keep\ttab")]
    [InlineData("\n\n  padded  \n", "padded")]
    [InlineData("esc\u001b[31m red", "esc[31m red")]
    [InlineData("李小龙 \u007f", "李小龙")]
    public void CleanMultiline_keeps_line_feeds_and_tabs_and_removes_other_controls(string input, string expected)
    {
        Assert.Equal(expected, FormText.CleanMultiline(input));
    }
}
