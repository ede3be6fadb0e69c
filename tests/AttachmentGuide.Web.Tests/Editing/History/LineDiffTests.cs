using AttachmentGuide.Web.Editing;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>The line diff behind "Compare": what was removed, what was added, and long unchanged runs folded.</summary>
public sealed class LineDiffTests
{
    [Fact]
    public void Compare_NamesTheRemovedAndAddedLinesWithTheirNumbers()
    {
        var lines = LineDiff.Compare("one\ntwo\nthree\n", "one\n2\nthree\nfour\n");

        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Unchanged, "one", 1, 1),
                new DiffLine(DiffLineKind.Removed, "two", 2, null),
                new DiffLine(DiffLineKind.Added, "2", null, 2),
                new DiffLine(DiffLineKind.Unchanged, "three", 3, 3),
                new DiffLine(DiffLineKind.Added, "four", null, 4),
            ],
            lines.Where(l => !(l.Kind == DiffLineKind.Unchanged && l.Text.Length == 0)));
    }

    [Fact]
    public void Compare_AChangedIndentIsAChangeButCrlfIsNot()
    {
        Assert.Contains(LineDiff.Compare("tags:\n  - a\n", "tags:\n    - a\n"), l => l.Kind == DiffLineKind.Added);
        Assert.All(LineDiff.Compare("a\r\nb\r\n", "a\nb\n"), l => Assert.Equal(DiffLineKind.Unchanged, l.Kind));
    }

    [Fact]
    public void WithContext_FoldsLongUnchangedRunsAndSaysHowManyLines()
    {
        var older = string.Join('\n', Enumerable.Range(1, 20).Select(i => "line " + i));
        var newer = older.Replace("line 10", "line ten", StringComparison.Ordinal);

        var shown = LineDiff.WithContext(LineDiff.Compare(older, newer), context: 2);

        Assert.Equal(
            ["skip 7", "line 8", "line 9", "- line 10", "+ line ten", "line 11", "line 12", "skip 8"],
            shown.Select(l => l.Kind switch
            {
                DiffLineKind.Skipped => "skip " + l.Skipped,
                DiffLineKind.Removed => "- " + l.Text,
                DiffLineKind.Added => "+ " + l.Text,
                _ => l.Text,
            }));
    }
}
