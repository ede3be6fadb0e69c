using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Images;
using AttachmentGuide.Content.Readability;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content.Tests.Readability;

/// <summary>What the reading age measures in an article, and the warning and setting built on it.</summary>
public sealed class ReadingAgeParsingTests
{
    private const string PlainBody = """
        ## Feeling safe

        We can help. You are not alone.

        - Call us
        - Write to us
        """;

    // Line 8 of the file (front matter on lines 1-4, the heading on 6): one long, heavy sentence.
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
    public void An_article_carries_its_reading_age_with_its_words_and_sentences()
    {
        var article = TestContent.Parse(TempContentFolder.Article("Plain", PlainBody)).Article!;

        var reading = article.ReadingAge!;
        Assert.Equal(14, reading.Words);
        // The heading is a sentence to a reader, and so is each list item without a full stop of its own.
        Assert.Equal(5, reading.Sentences);
        Assert.Equal(FleschKincaid.YoungestAge, reading.Age);
    }

    [Fact]
    public void Code_addresses_raw_html_and_image_descriptions_are_not_measured()
    {
        var plain = TestContent.Parse(TempContentFolder.Article("Plain", PlainBody)).Article!.ReadingAge!;
        // A picture in the images folder is shown as a picture, so its description is not read on the page.
        var images = new ImageCatalog([new ContentImage("lake.jpg", "/content/images/lake.jpg", new ImageInspection(ImageFormat.Jpeg, 800, 600, ImageProblem.None), "0123456789ab")]);
        var withExtras = TestContent.Parser.Parse("/content/articles/plain.md", TempContentFolder.Article("Plain", PlainBody + """


            ```
            incomprehensibilities institutionalisation characteristically
            ```

            <https://example.org/extraordinarily/complicated>

            `internationalisation`

            <div>unquestionably</div>

            ![Photographically impressionistic](/images/lake.jpg)
            """), TestContent.Today, images).Article!.ReadingAge!;

        Assert.Equal((plain.Words, plain.Sentences, plain.Syllables), (withExtras.Words, withExtras.Sentences, withExtras.Syllables));
    }

    [Fact]
    public void A_page_has_a_reading_age_too()
    {
        var page = TestContent.Parser.Parse("/content/pages/fees.md", TempContentFolder.Article("Fees", PlainBody), TestContent.Today).Article!;

        Assert.NotNull(page.ReadingAge);
    }

    [Fact]
    public void An_article_with_no_prose_has_no_reading_age()
    {
        var article = TestContent.Parse(TempContentFolder.Article("Code", "## Part\n\n```\ncode only\n```\n")).Article!;

        Assert.Equal(1, article.ReadingAge!.Sentences);
        var empty = TestContent.Parse("---\ntitle: T\nsummary: S.\n---\n").Article!;
        Assert.Null(empty.ReadingAge);
    }

    [Fact]
    public void An_article_above_the_default_age_is_warned_at_its_longest_sentence_with_what_helps()
    {
        using var folder = new TempContentFolder();
        var heavy = folder.Write("articles/heavy.md", HeavyArticle);
        folder.Write("articles/plain.md", TempContentFolder.Article("Plain", PlainBody));

        var result = TestContent.Loader().Load(folder.Root, Options());

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReadingAgeHigh);
        Assert.Equal((heavy, 8, 1, DiagnosticSeverity.Warning), (warning.FilePath, warning.Line, warning.Column, warning.Severity));
        var age = result.Library.All.Single(a => a.Slug == "heavy").ReadingAge!.Age;
        Assert.StartsWith($"the reading age is {age} (Flesch–Kincaid grade ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("above the site's 14", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Shorter sentences and plainer words", warning.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setting_moves_the_line_and_pages_are_never_warned()
    {
        using var folder = new TempContentFolder();
        folder.Write("site.yml", "name: A\ntagline: B\ncrisis_text: C\ncrisis_lines: []\nreading_age_warning_above: 25\n");
        folder.Write("articles/plain.md", TempContentFolder.Article("Plain", "## Part\n\nAttachment patterns form early. Therapy can gently change them.\n"));
        folder.Write("pages/heavy-page.md", HeavyArticle.Replace("title: Heavy", "title: Heavy page", StringComparison.Ordinal));

        var lenient = TestContent.Loader().Load(folder.Root, Options());
        folder.Write("site.yml", "name: A\ntagline: B\ncrisis_text: C\ncrisis_lines: []\nreading_age_warning_above: 6\n");
        var strict = TestContent.Loader().Load(folder.Root, Options());

        var age = lenient.Library.All.Single().ReadingAge!.Age;
        Assert.InRange(age, 7, 25);
        Assert.True(lenient.Library.Pages.Single().ReadingAge!.Age > 25);
        Assert.Equal(25, lenient.Library.Site.ReadingAgeWarningAbove);
        Assert.DoesNotContain(lenient.Diagnostics, d => d.Code == DiagnosticCodes.ReadingAgeHigh);
        var warning = Assert.Single(strict.Diagnostics, d => d.Code == DiagnosticCodes.ReadingAgeHigh);
        Assert.Equal("plain.md", Path.GetFileName(warning.FilePath));
        Assert.Contains($"the reading age is {age} ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("above the site's 6", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reading_age_warning_above: old")]
    [InlineData("reading_age_warning_above: 40")]
    [InlineData("reading_age_warning_above: 5")]
    [InlineData("reading_age_warning_above: [12]")]
    [InlineData("reading_age_warning_above: 12.5")]
    public void A_bad_setting_is_a_site_warning_at_its_line_and_the_default_is_kept(string line)
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", $"name: A\ntagline: B\ncrisis_text: C\ncrisis_lines: []\n{line}\n");

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SiteReadingAgeInvalid, 5, 28, DiagnosticSeverity.Warning), (warning.Code, warning.Line, warning.Column, warning.Severity));
        Assert.Contains("from 6 to 25", warning.Message, StringComparison.Ordinal);
        Assert.Equal(SiteSettings.DefaultReadingAgeWarningAbove, settings.ReadingAgeWarningAbove);
    }

    [Fact]
    public void Without_the_setting_the_default_is_fourteen_and_nothing_is_reported()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", "name: A\ntagline: B\ncrisis_text: C\ncrisis_lines: []\n");

        Assert.Empty(diagnostics);
        Assert.Equal(14, settings.ReadingAgeWarningAbove);
    }

    private static ContentLoadOptions Options() => new(IncludeDrafts: false, TestContent.Today);
}
