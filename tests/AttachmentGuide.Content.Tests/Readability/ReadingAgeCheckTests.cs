using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Images;

namespace AttachmentGuide.Content.Tests.Readability;

/// <summary>
/// A load without reading ages (as the site's own loads are) and the check made afterwards give together exactly what
/// a load with them gives: the same AG0230 warnings, and the same ages.
/// </summary>
public sealed class ReadingAgeCheckTests
{
    // The longest sentence is on line 8.
    private const string HeavyArticle = """
        ---
        title: Heavy
        summary: Dense words.
        ---

        ## Formulation

        Therapeutic interventions addressing developmental attachment disorganisation necessitate individualised, relationally attuned, neurobiologically informed formulation incorporating intergenerational considerations.

        Comprehensive psychoeducational resources facilitate understanding.
        """;

    [Fact]
    public void A_load_without_reading_ages_measures_none_and_warns_about_none()
    {
        using var folder = Folder();

        var result = TestContent.Loader().Load(folder.Root, Options() with { MeasureReadingAges = false });

        Assert.Equal(3, result.Library.All.Count);
        Assert.All(result.Library.All, a => Assert.Null(a.ReadingAge));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ReadingAgeHigh);
    }

    [Fact]
    public void The_check_after_a_load_without_reading_ages_gives_the_warnings_a_measuring_load_gives()
    {
        using var folder = Folder();
        var loader = TestContent.Loader();
        var measured = loader.Load(folder.Root, Options());
        var unmeasured = loader.Load(folder.Root, Options() with { MeasureReadingAges = false });

        var found = loader.CheckReadingAges(folder.Root, Options(), unmeasured.Library, TestContext.Current.CancellationToken);

        var expected = measured.Diagnostics.Where(d => d.Code == DiagnosticCodes.ReadingAgeHigh).ToList();
        var warning = Assert.Single(found);
        Assert.Equal(expected, found);
        Assert.Equal(("heavy.md", 8, 1, DiagnosticSeverity.Warning), (Path.GetFileName(warning.FilePath), warning.Line, warning.Column, warning.Severity));
        // A page is measured but never warned about; a file with an error has no article, so no age either.
        Assert.DoesNotContain(found, d => d.FilePath.Contains("pages", StringComparison.Ordinal) || d.FilePath.EndsWith("broken.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Measuring_alone_gives_the_age_a_whole_parse_gives()
    {
        var parser = TestContent.Parser;
        var parsed = parser.Parse("/c/articles/heavy.md", HeavyArticle, TestContent.Today, ImageCatalog.Empty).Article!.ReadingAge;

        var measured = parser.MeasureReadingAge("/c/articles/heavy.md", HeavyArticle, TestContent.Today, ImageCatalog.Empty);

        Assert.NotNull(parsed);
        Assert.Equal(parsed, measured);
        Assert.Null(parser.MeasureReadingAge("/c/articles/broken.md", "---\ntitle: [unclosed\n---\n\nBody.\n", TestContent.Today, ImageCatalog.Empty));
        Assert.Null(parser.Parse("/c/articles/heavy.md", HeavyArticle, TestContent.Today, ImageCatalog.Empty, measureReadingAge: false).Article!.ReadingAge);
    }

    private static TempContentFolder Folder()
    {
        var folder = new TempContentFolder();
        folder.Write("site.yml", "name: A\ntagline: B\ncrisis_text: C\ncrisis_lines: []\n");
        folder.Write("articles/heavy.md", HeavyArticle);
        folder.Write("articles/plain.md", TempContentFolder.Article("Plain", "## Part\n\nWe can help. You are not alone.\n"));
        folder.Write("articles/other.md", TempContentFolder.Article("Other", "## Part\n\nCall us. Write to us.\n"));
        folder.Write("articles/broken.md", "---\ntitle: [unclosed\n---\n\n" + HeavyArticle.Split("---")[2]);
        folder.Write("pages/heavy-page.md", HeavyArticle.Replace("title: Heavy", "title: Heavy page", StringComparison.Ordinal));
        return folder;
    }

    private static ContentLoadOptions Options() => new(IncludeDrafts: false, TestContent.Today);
}
