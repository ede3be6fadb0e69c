using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content.Tests;

public sealed class SiteSettingsParserTests
{
    private const string Valid = """
        name: Clinic Guide
        tagline: Calm words
        crisis_text: Call if in danger.
        crisis_lines:
          - label: Emergency
            number: "999"
        quick_exit_url: https://www.example.org/weather
        discreet_tab: true
        """;

    [Fact]
    public void Valid_settings_are_read_without_diagnostics()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Valid);

        Assert.Empty(diagnostics);
        Assert.Equal("Clinic Guide", settings.Name);
        Assert.Equal("Calm words", settings.Tagline);
        Assert.Equal(new CrisisLine("Emergency", "999"), Assert.Single(settings.CrisisLines));
        Assert.Equal("https://www.example.org/weather", settings.QuickExitUrl);
        Assert.True(settings.DiscreetTab);
    }

    [Fact]
    public void Yaml_error_reports_its_line_and_falls_back_to_defaults()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", "name: A\ntagline: [unclosed\ncrisis_text: x\n");

        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteSyntax, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.False(problem.IsError);
        Assert.Equal(SiteSettings.Defaults, settings);
    }

    [Fact]
    public void Unknown_key_is_a_warning_with_a_suggestion_at_its_line()
    {
        var (_, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Valid + "\ntaglin: typo\n");

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteUnknownKey, warning.Code);
        Assert.Equal(9, warning.Line);
        Assert.Contains("did you mean 'tagline'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_crisis_lines_is_a_warning_that_says_the_numbers_disappear()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", "name: A\ntagline: B\ncrisis_text: Call if in danger.\n");

        Assert.Empty(settings.CrisisLines);
        var warning = Assert.Single(diagnostics, d => d.Message.Contains("crisis_lines", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.SiteMissingKey, warning.Code);
        Assert.False(warning.IsError);
        Assert.Contains("phone numbers", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_crisis_text_is_a_warning_and_a_calm_default_is_shown()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", "name: A\ntagline: B\n");

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.SiteMissingKey && d.Message.Contains("crisis_text", StringComparison.Ordinal) && !d.IsError);
        Assert.Equal(SiteSettings.Defaults.CrisisText, settings.CrisisText);
    }

    [Fact]
    public void A_quick_exit_address_that_is_not_a_web_address_is_replaced_by_the_default()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", Valid.Replace("https://www.example.org/weather", "javascript:alert(1)", StringComparison.Ordinal));

        Assert.Equal(SiteSettings.Defaults.QuickExitUrl, settings.QuickExitUrl);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.SiteInvalidValue && d.Line == 7);
    }

    [Fact]
    public void Crisis_line_tel_uri_keeps_digits_and_a_leading_plus()
    {
        Assert.Equal("tel:116123", new CrisisLine("Samaritans", "116 123").TelUri);
        Assert.Equal("tel:+442079460000", new CrisisLine("Clinic", "+44 (20) 7946-0000").TelUri);
    }
}
