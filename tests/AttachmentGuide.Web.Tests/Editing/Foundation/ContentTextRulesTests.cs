using System.Text;
using AttachmentGuide.Web.Editing;

namespace AttachmentGuide.Web.Tests.Editing.Foundation;

/// <summary>The text a browser save may hold: ordinary writing passes; a pasted binary, an attack or a book does not.</summary>
public sealed class ContentTextRulesTests
{
    [Theory]
    [InlineData("---\ntitle: Grief\n---\n\nSome words.\n")]
    [InlineData("Tabs\tand\r\nWindows line ends")]
    [InlineData("Emoji 🌿 and accents: café, naïve")]
    [InlineData("")]
    public void Problem_OrdinaryText_IsNone(string text) => Assert.Null(ContentTextRules.Problem(text));

    [Theory]
    [InlineData("line one\nline\0two", 2)]
    [InlineData("\u0007bell", 1)]
    [InlineData("a\nb\nc\u001b[31m", 3)]
    [InlineData("next line\u0085", 1)]
    public void Problem_AControlCharacter_NamesItsLine(string text, int line)
    {
        var problem = ContentTextRules.Problem(text);
        Assert.NotNull(problem);
        Assert.Contains($"Line {line} ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_ALoneSurrogate_IsRefused() => Assert.NotNull(ContentTextRules.Problem("broken \ud83c here"));

    [Fact]
    public void Problem_TextOverTheLimitInUtf8Bytes_IsRefusedThoughItsCharactersFit()
    {
        // 'é' is two bytes in UTF-8: the limit counts what reaches the disk, not characters.
        var text = new string('é', (ContentTextRules.MaxBytes / 2) + 1);
        Assert.True(text.Length < ContentTextRules.MaxBytes);
        Assert.True(Encoding.UTF8.GetByteCount(text) > ContentTextRules.MaxBytes);
        Assert.Contains("KB", ContentTextRules.Problem(text), StringComparison.Ordinal);
        Assert.Null(ContentTextRules.Problem(new string('a', ContentTextRules.MaxBytes)));
    }
}
