using AttachmentGuide.Web.Editing;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>The rename's text edit: the old slug joins the aliases, the new one leaves them, and every other byte stays as it was.</summary>
public sealed class RenameRewriteTests
{
    private const string Article = "/guide/";

    [Theory]
    // No aliases yet: one line before the closing ---.
    [InlineData("---\ntitle: T\n---\n\nBody\n", "---\ntitle: T\naliases: [old]\n---\n\nBody\n")]
    // A one-line list, with a comment and odd spacing elsewhere kept.
    [InlineData("---\ntitle:   T  # keep\naliases: [a, /guide/b] # earlier names\n---\nBody", "---\ntitle:   T  # keep\naliases: [a, /guide/b, old] # earlier names\n---\nBody")]
    [InlineData("---\naliases: []\n---\n", "---\naliases: [old]\n---\n")]
    [InlineData("---\naliases:\ntitle: T\n---\n", "---\naliases: [old]\ntitle: T\n---\n")]
    [InlineData("---\naliases: single\n---\n", "---\naliases: [single, old]\n---\n")]
    [InlineData("---\naliases: ['quoted', \"also\"]\n---\n", "---\naliases: ['quoted', \"also\", old]\n---\n")]
    // A block list gets one more item with the same indent.
    [InlineData("---\naliases:\n  - a\n  - b # note\ntitle: T\n---\n", "---\naliases:\n  - a\n  - b # note\n  - old\ntitle: T\n---\n")]
    [InlineData("---\naliases:\n- a\n---\n", "---\naliases:\n- a\n- old\n---\n")]
    // Already an alias (in either form): nothing to add.
    [InlineData("---\naliases: [/guide/old]\n---\n", "---\naliases: [/guide/old]\n---\n")]
    // A slug: line takes the new slug, or the address would not change.
    [InlineData("---\ntitle: T\nslug: old\n---\n", "---\ntitle: T\nslug: new\naliases: [old]\n---\n")]
    // Renamed back to an earlier name: that name stops being an alias (it is the address again).
    [InlineData("---\naliases: [new, x]\n---\n", "---\naliases: [x, old]\n---\n")]
    [InlineData("---\naliases:\n  - /guide/new\n  - x\n---\n", "---\naliases:\n  - x\n  - old\n---\n")]
    // No front matter at all: one is added.
    [InlineData("Just a body\n", "---\naliases: [old]\n---\nJust a body\n")]
    public void Apply_EditsOnlyTheAliasAndSlugLines(string before, string after)
    {
        var result = RenameRewrite.Apply(before, "old", "new", Article);

        Assert.Null(result.Problem);
        Assert.Equal(after, result.Text);
    }

    [Fact]
    public void Apply_KeepsCrlfLineEndsAndAByteOrderMarkFreeBodyByteForByte()
    {
        const string before = "---\r\ntitle: T\r\ntags: [a]\r\n---\r\n\r\nBody with trailing spaces   \r\nand a tab\there\r\n";

        var result = RenameRewrite.Apply(before, "old", "new", Article);

        Assert.Equal("---\r\ntitle: T\r\ntags: [a]\r\naliases: [old]\r\n---\r\n\r\nBody with trailing spaces   \r\nand a tab\there\r\n", result.Text);
    }

    [Fact]
    public void Apply_APagesAliasWrittenWithASlashCountsAsTheSameAddress()
    {
        var result = RenameRewrite.Apply("---\naliases: [/old]\n---\n", "old", "new", "/");

        Assert.Equal("---\naliases: [/old]\n---\n", result.Text);
    }

    [Theory]
    [InlineData("---\ntitle: T\naliases: [a,\n  b]\n---\n", "several lines")]
    [InlineData("---\naliases: &names [a]\n---\n", "YAML the rename cannot edit")]
    [InlineData("---\naliases: *names\n---\n", "YAML the rename cannot edit")]
    [InlineData("---\ntitle: T\n", "no closing")]
    public void Apply_FrontMatterItCannotEditSafelyIsRefusedWithAReason(string before, string reason)
    {
        var result = RenameRewrite.Apply(before, "old", "new", Article);

        Assert.Null(result.Text);
        Assert.Contains(reason, result.Problem, StringComparison.Ordinal);
        Assert.Contains("aliases: [old-name]", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_LeavesANestedKeyNamedAliasesAlone()
    {
        var result = RenameRewrite.Apply("---\nextra:\n  aliases: [x]\n---\n", "old", "new", Article);

        Assert.Equal("---\nextra:\n  aliases: [x]\naliases: [old]\n---\n", result.Text);
    }
}
