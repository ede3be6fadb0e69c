using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content.Tests;

/// <summary>Crisis numbers are the one setting a person in danger needs: a line that cannot be read is an error.</summary>
public sealed class CrisisLinesTests
{
    private const string Head = "name: A\ntagline: B\ncrisis_text: Call if in danger.\n";

    [Theory]
    [InlineData("crisis_lines:\n  Samaritans: 24 hours\n", 5, 3)]
    [InlineData("crisis_lines: Samaritans 116 123\n", 4, 15)]
    [InlineData("crisis_lines:\n  - label: Emergency\n    number: \"999\"\n  - Samaritans 116 123\n", 7, 5)]
    [InlineData("crisis_lines:\n  - label: Samaritans\n", 5, 5)]
    [InlineData("crisis_lines:\n  - number: \"116 123\"\n", 5, 5)]
    [InlineData("crisis_lines:\n  - label: Samaritans\n    number:\n", 5, 5)]
    public void An_entry_that_cannot_be_read_is_an_error_at_its_line(string yaml, int line, int column)
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Head + yaml);

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.CrisisLineUnreadable);
        Assert.True(error.IsError);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("label", error.Fix, StringComparison.Ordinal);
        Assert.True(settings.CrisisLinesBroken);
        Assert.False(settings.CrisisLinesEmptyOnPurpose);
    }

    [Fact]
    public void The_readable_entries_beside_a_broken_one_are_kept()
    {
        var (settings, _) = SiteSettingsParser.Parse("/c/site.yml", Head + "crisis_lines:\n  - label: Emergency\n    number: \"999\"\n  - Samaritans 116 123\n");

        Assert.Equal(new CrisisLine("Emergency", "999"), Assert.Single(settings.CrisisLines));
    }

    [Fact]
    public void An_empty_list_written_on_purpose_is_no_error_and_is_marked_so()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Head + "crisis_lines: []\n");

        Assert.Empty(diagnostics);
        Assert.True(settings.CrisisLinesEmptyOnPurpose);
    }

    [Theory]
    [InlineData("")]
    [InlineData("crisis_lines:\n")]
    public void A_missing_or_blank_setting_stays_a_warning_and_is_not_on_purpose(string yaml)
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Head + yaml);

        var warning = Assert.Single(diagnostics);
        Assert.False(warning.IsError);
        Assert.False(settings.CrisisLinesEmptyOnPurpose);
    }

    [Fact]
    public void A_reload_with_a_broken_entry_keeps_the_last_good_crisis_lines()
    {
        using var folder = new TempContentFolder();
        folder.Write("site.yml", Head + "crisis_lines:\n  - label: Emergency\n    number: \"999\"\n  - label: Samaritans\n    number: \"116 123\"\n");
        var options = new ContentLoadOptions(IncludeDrafts: false, TestContent.Today);
        var first = TestContent.Loader().Load(folder.Root, options).Library;

        folder.Write("site.yml", Head + "crisis_lines:\n  Samaritans: 24 hours\n");
        var reloaded = TestContent.Loader().Load(folder.Root, options, first);

        Assert.Contains(reloaded.Diagnostics, d => d.Code == DiagnosticCodes.CrisisLineUnreadable && d.IsError);
        Assert.Equal(["999", "116 123"], reloaded.Library.Site.CrisisLines.Select(l => l.Number));
    }
}
