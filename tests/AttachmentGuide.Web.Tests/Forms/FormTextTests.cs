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

    [Theory]
    [InlineData("Ann\u202Eevil\u202C Lee", "Annevil Lee")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "abcde")]
    [InlineData("\u2066x\u2067y\u2068z\u2069", "xyz")]
    [InlineData("\u200Emark\u200F \u061Cname", "mark name")]
    [InlineData("c1\u0085next\u009Bcsi", "c1nextcsi")]
    [InlineData("line\u2028para\u2029end", "line para end")]
    [InlineData("سارة \u202E", "سارة")]
    public void CleanLine_removes_bidirectional_and_c1_controls(string input, string expected)
    {
        Assert.Equal(expected, FormText.CleanLine(input));
        Assert.DoesNotContain(FormText.CleanLine(input)!, FormText.IsBidiControl);
    }

    [Fact]
    public void CleanMultiline_keeps_bidirectional_marks_for_right_to_left_writers()
    {
        Assert.Equal("שלום \u200F!", FormText.CleanMultiline("שלום \u200F!"));
    }
}
