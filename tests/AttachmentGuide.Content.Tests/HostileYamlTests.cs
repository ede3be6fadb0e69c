using System.Diagnostics;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Limits;
using AttachmentGuide.Content.Site;

namespace AttachmentGuide.Content.Tests;

/// <summary>
/// YAML that would overflow the stack (which no catch survives), expand exponentially or hold megabytes is
/// refused before it is built into nodes, in front matter and in site.yml alike.
/// </summary>
public sealed class HostileYamlTests
{
    public static TheoryData<string, int> DeepYaml()
    {
        var data = new TheoryData<string, int>();
        foreach (var construct in Deep.Keys)
        {
            foreach (var depth in new[] { 17, 1_000, 12_000 })
            {
                data.Add(construct, depth);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Func<int, string>> Deep = new(StringComparer.Ordinal)
    {
        ["open flow lists"] = n => "tags: " + Repeat("[", n) + "\n",
        ["closed flow lists"] = n => "tags: " + Repeat("[", n) + Repeat("]", n) + "\n",
        ["flow mappings"] = n => "tags: " + Repeat("{a: ", n) + "b" + Repeat("}", n) + "\n",
        ["block lists on one line"] = n => "tags:\n" + Repeat("- ", n) + "a\n",
        ["indented mappings"] = n => string.Concat(Enumerable.Range(0, Math.Min(n, 300)).Select(i => new string(' ', i) + "a:\n")) + new string(' ', Math.Min(n, 300)) + "b\n",
    };

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void Deep_front_matter_is_an_error_not_a_stack_overflow(string construct, int depth)
    {
        var clock = Stopwatch.StartNew();

        var result = TestContent.Parse("---\ntitle: T\nsummary: S.\n" + Deep[construct](depth) + "---\n\n## Part\n\nText.\n");

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.FrontMatterSyntax, error.Code);
        Assert.Contains($"nested more than {ContentLimits.MaxYamlDepth} deep", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line!.Value, 4, 40);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void Deep_site_settings_are_a_warning_and_the_defaults_not_a_stack_overflow(string construct, int depth)
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", "name: Clinic\n" + Deep[construct](depth));

        Assert.Equal(SiteSettings.Defaults, settings);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteSyntax, problem.Code);
        Assert.Contains($"nested more than {ContentLimits.MaxYamlDepth} deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_billion_laughs_is_refused_at_its_first_anchor_before_anything_expands(bool usedAsKey)
    {
        var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n")) + (usedAsKey ? "? *a9\n: boom\n" : "boom: *a9\n");
        var clock = Stopwatch.StartNew();

        var result = TestContent.Parse("---\ntitle: T\nsummary: S.\n" + laughs + "---\n\n## Part\n\nText.\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.FrontMatterSyntax, 4), (error.Code, error.Line));
        Assert.Contains("'&a0' names a value for reuse (a YAML anchor)", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Theory]
    [InlineData("author: *t\n", "'*t' repeats a value written elsewhere (a YAML alias)")]
    [InlineData("author: &me Sam\n", "'&me' names a value for reuse")]
    [InlineData("? [a, b]\n: x\n", "a key must be a plain word")]
    [InlineData("{a: b}: c\n", "a key must be a plain word")]
    [InlineData("? {a: b}\n: c\n", "a key must be a plain word")]
    public void Aliases_anchors_and_keys_that_are_not_words_are_refused(string yaml, string expected)
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: S.\n" + yaml + "---\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.FrontMatterSyntax, 4), (error.Code, error.Line));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_value_is_refused_at_its_line()
    {
        var result = TestContent.Parse("---\ntitle: T\nsummary: " + new string('x', ContentLimits.MaxYamlValueChars + 1) + "\n---\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.FrontMatterSyntax, 3), (error.Code, error.Line));
        Assert.Contains("10,001 characters long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_over_64_KiB_is_refused_before_it_is_read()
    {
        var fields = string.Concat(Enumerable.Range(0, 7_000).Select(i => $"k{i}: value\n"));

        var result = TestContent.Parse("---\ntitle: T\nsummary: S.\n" + fields + "---\n\n## Part\n\nText.\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TooLarge, 2), (error.Code, error.Line));
        Assert.Contains("at most 65,536", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_in_site_settings_is_a_warning_at_its_place()
    {
        var (settings, diagnostics) = SiteSettingsParser.Parse("/c/site.yml", "name: Clinic\ntagline: Calm\0 words\n");

        Assert.Equal(SiteSettings.Defaults, settings);
        var problem = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SiteSyntax, 2, 14), (problem.Code, problem.Line, problem.Column));
        Assert.Contains("U+0000 (NUL)", problem.Message, StringComparison.Ordinal);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
