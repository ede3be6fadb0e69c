using System.Text;
using System.Text.RegularExpressions;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Cli;

public sealed partial class CheckContentTests : IDisposable
{
    private readonly DirectoryInfo _workingDirectory = Directory.CreateTempSubdirectory("check-content-cwd-");

    public void Dispose() => _workingDirectory.Delete(recursive: true);

    private sealed record DiagnosticLine(string FullPath, int Line, int Column, string Severity, string Code, string Message);

    private List<DiagnosticLine> Diagnostics(CliResult result) =>
        result.OutputLines
            .Select(line => DiagnosticPattern().Match(line))
            .Where(m => m.Success)
            .Select(m => new DiagnosticLine(
                Path.GetFullPath(Path.Combine(_workingDirectory.FullName, m.Groups["path"].Value)),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value))
            .ToList();

    private Task<CliResult> CheckAsync(string contentFolder, params string[] more) =>
        CliRunner.RunAsync(_workingDirectory.FullName, ["check-content", "--content", contentFolder, .. more]);

    [Fact]
    public async Task CheckContent_BrokenFolder_ExitsOne()
    {
        var result = await CheckAsync(TestPaths.Fixture("Broken"));

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task CheckContent_MissingTitle_ReportsAG0102AtTheFileAndLine()
    {
        var broken = Path.Combine(TestPaths.Fixture("Broken"), "articles", "no-title.md");

        var result = await CheckAsync(TestPaths.Fixture("Broken"));

        var diagnostic = Assert.Single(Diagnostics(result), d => d.Code == "AG0102");
        Assert.Equal(broken, diagnostic.FullPath);
        Assert.Equal("error", diagnostic.Severity);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(1, diagnostic.Column);
        Assert.Contains("title", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckContent_UnclearDraftValue_ReportsAG0107AtItsLine()
    {
        var broken = Path.Combine(TestPaths.Fixture("Broken"), "articles", "undecided-draft.md");

        var result = await CheckAsync(TestPaths.Fixture("Broken"));

        var diagnostic = Assert.Single(Diagnostics(result), d => d.Code == "AG0107");
        Assert.Equal(broken, diagnostic.FullPath);
        Assert.Equal("error", diagnostic.Severity);
        Assert.Equal(4, diagnostic.Line);
        Assert.Equal(8, diagnostic.Column);
    }

    [Fact]
    public async Task CheckContent_FileWithBomAndCrlf_ReportsTheSameLine()
    {
        var folder = Directory.CreateTempSubdirectory("check-content-crlf-");
        try
        {
            var articles = Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
            File.Copy(Path.Combine(TestPaths.Fixture("Broken"), "site.yml"), Path.Combine(folder.FullName, "site.yml"));
            var text = (await File.ReadAllTextAsync(Path.Combine(TestPaths.Fixture("Broken"), "articles", "undecided-draft.md"), TestContext.Current.CancellationToken))
                .ReplaceLineEndings("\r\n");
            var file = Path.Combine(articles.FullName, "undecided-draft.md");
            await File.WriteAllTextAsync(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), TestContext.Current.CancellationToken);

            var result = await CheckAsync(folder.FullName);

            Assert.Equal(1, result.ExitCode);
            var diagnostic = Assert.Single(Diagnostics(result), d => d.Code == "AG0107");
            Assert.Equal(file, diagnostic.FullPath);
            Assert.Equal(4, diagnostic.Line);
            Assert.Equal(8, diagnostic.Column);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CheckContent_BrokenFolder_DoesNotReportTheValidArticleAsAnError()
    {
        var fine = Path.Combine(TestPaths.Fixture("Broken"), "articles", "fine.md");

        var result = await CheckAsync(TestPaths.Fixture("Broken"));

        Assert.DoesNotContain(Diagnostics(result), d => d.FullPath == fine && d.Severity == "error");
    }

    [Fact]
    public async Task CheckContent_BrokenFolder_PrintsOnlyDiagnosticLinesThenOneSummary()
    {
        var result = await CheckAsync(TestPaths.Fixture("Broken"));

        var lines = result.OutputLines;
        Assert.True(lines.Count >= 3, result.StandardOutput);
        Assert.All(lines.SkipLast(1), line => Assert.Matches(AnyDiagnosticPattern(), line));
        Assert.DoesNotMatch(AnyDiagnosticPattern(), lines[^1]);
        Assert.Contains("2 errors", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckContent_RealContentFolder_ExitsZero()
    {
        var result = await CheckAsync(TestPaths.RealContent);

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.StandardOutput}\n{result.StandardError}");
        Assert.DoesNotContain(Diagnostics(result), d => d.Severity == "error");
    }

    [Fact]
    public async Task CheckContent_RealContentFolder_FromAnotherWorkingDirectoryWithRelativePath_ExitsZero()
    {
        var relative = Path.GetRelativePath(_workingDirectory.FullName, TestPaths.RealContent);

        var result = await CheckAsync(relative);

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.StandardOutput}\n{result.StandardError}");
    }

    [Fact]
    public async Task CheckContent_WithoutContentOption_ChecksTheFolderInContentPathFromTheEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["Content__Path"] = TestPaths.Fixture("Broken") };

        var result = await CliRunner.RunAsync(_workingDirectory.FullName, standardInput: null, environment, "check-content");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Diagnostics(result), d => d.Code == "AG0102");
    }

    [Fact]
    public async Task CheckContent_ContentOption_WinsOverContentPathFromTheEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["Content__Path"] = TestPaths.Fixture("Broken") };

        var result = await CliRunner.RunAsync(_workingDirectory.FullName, standardInput: null, environment, "check-content", "--content", TestPaths.RealContent);

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.StandardOutput}\n{result.StandardError}");
    }

    [Fact]
    public async Task CheckContent_MissingFolder_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_workingDirectory.FullName, "no-such-folder");

        var result = await CheckAsync(missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the content folder '{missing}' does not exist", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckContent_HostileFiles_EachGetADiagnosticAndTheCommandExitsOneWithoutCrashing()
    {
        var folder = Directory.CreateTempSubdirectory("check-content-hostile-");
        try
        {
            var articles = Directory.CreateDirectory(Path.Combine(folder.FullName, "articles")).FullName;
            var head = "---\ntitle: Hostile\nsummary: Hostile.\n---\n\n## Part\n\n";
            var files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["quotes.md"] = head + string.Concat(Enumerable.Repeat("> ", 130)) + "x\n",
                ["bullets.md"] = head + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n",
                ["brackets.md"] = head + new string('[', 10_000) + "x" + new string(']', 10_000) + "\n",
                ["deep-yaml.md"] = "---\ntitle: T\nsummary: S.\ntags: " + new string('[', 40_000) + "\n---\n",
                ["laughs.md"] = "---\ntitle: T\nsummary: S.\na: &a [x, x, x]\n? *a\n: v\n---\n",
                ["slip.md"] = "---\ntitle Coping With Shame\nsummary: S.\n---\n",
            };
            foreach (var (name, text) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(articles, name), text, TestContext.Current.CancellationToken);
            }

            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "site.yml"), "name: " + new string('{', 20_000) + "\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(articles, "fine.md"), head + "Text.\n", TestContext.Current.CancellationToken);

            var result = await CheckAsync(folder.FullName);

            Assert.True(result.ExitCode == 1, $"exit code {result.ExitCode}\n{result.StandardOutput}\n{result.StandardError}");
            Assert.Empty(result.StandardError);
            Assert.All(result.OutputLines.SkipLast(1), line => Assert.Matches(AnyDiagnosticPattern(), line));
            Assert.Contains("6 errors", result.OutputLines[^1], StringComparison.Ordinal);
            Assert.Contains("1 article and 0 pages ready", result.OutputLines[^1], StringComparison.Ordinal);
            foreach (var name in files.Keys)
            {
                Assert.Contains(Diagnostics(result), d => d.FullPath == Path.Combine(articles, name) && d.Severity == "error");
            }

            var slip = Assert.Single(Diagnostics(result), d => d.FullPath.EndsWith("slip.md", StringComparison.Ordinal));
            Assert.Equal((2, "AG0101"), (slip.Line, slip.Code));
            Assert.StartsWith("line 2: 'title' needs a colon after it", slip.Message, StringComparison.Ordinal);
            Assert.Contains(Diagnostics(result), d => d.FullPath.EndsWith("site.yml", StringComparison.Ordinal) && d.Code == "AG0301");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CheckContent_WithoutReadingAges_PrintsOnlyProblemsAndTheSummary()
    {
        var result = await CheckAsync(TestPaths.RealContent);

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.StandardOutput}");
        Assert.DoesNotContain(result.OutputLines, l => ReadingAgePattern().IsMatch(l));
        Assert.All(result.OutputLines.SkipLast(1), line => Assert.Matches(AnyDiagnosticPattern(), line));
    }

    [Fact]
    public async Task CheckContent_WithReadingAges_PrintsTheReadingAgeOfEachArticleAndPageAsInformationAfterTheProblems()
    {
        var result = await CheckAsync(TestPaths.RealContent, "--reading-ages");

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.StandardOutput}");
        var files = Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md")
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RealContent, "pages"), "*.md"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var lines = result.OutputLines;
        var info = lines.Select((line, index) => (Match: ReadingAgePattern().Match(line), Index: index)).Where(l => l.Match.Success).ToList();
        Assert.Equal(files, info.Select(l => Path.GetFullPath(Path.Combine(_workingDirectory.FullName, l.Match.Groups["path"].Value))));
        Assert.All(info, l => Assert.InRange(int.Parse(l.Match.Groups["words"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 100_000));
        // After every problem and before the summary, which still says what it said.
        Assert.Equal(lines.Count - 2, info[^1].Index);
        Assert.DoesNotContain(lines.Skip(info[0].Index), l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal));
        Assert.DoesNotContain("info", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckContent_HardToReadArticle_IsAWarningAtItsLongestSentenceAndStillExitsZero()
    {
        var folder = Directory.CreateTempSubdirectory("check-content-reading-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "site.yml"), "name: A\ntagline: B\ncrisis_text: C\ncrisis_lines: []\nreading_age_warning_above: 10\n", TestContext.Current.CancellationToken);
            var file = Path.Combine(folder.FullName, "articles", "dense.md");
            await File.WriteAllTextAsync(file, "---\ntitle: Dense\nsummary: Dense.\n---\n\n## Part\n\nShort one.\n\nTherapeutic interventions addressing developmental attachment disorganisation necessitate individualised formulation.\n", TestContext.Current.CancellationToken);

            var result = await CheckAsync(folder.FullName, "--reading-ages");

            Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.StandardOutput}");
            var warning = Assert.Single(Diagnostics(result), d => d.Code == "AG0230");
            Assert.Equal((file, 10, 1, "warning"), (warning.FullPath, warning.Line, warning.Column, warning.Severity));
            Assert.Contains("above the site's 10", warning.Message, StringComparison.Ordinal);
            var info = Assert.Single(result.OutputLines, l => ReadingAgePattern().IsMatch(l));
            Assert.Contains(ReadingAgePattern().Match(info).Groups["age"].Value, warning.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Broken")]
    [InlineData("real")]
    public async Task CheckContent_Output_HasNoAnsiEscapeCodes(string folder)
    {
        var result = await CheckAsync(folder == "real" ? TestPaths.RealContent : TestPaths.Fixture(folder));

        Assert.NotEmpty(result.StandardOutput);
        Assert.DoesNotContain('\u001b', result.StandardOutput);
        Assert.DoesNotContain('\u001b', result.StandardError);
    }

    [GeneratedRegex(@"^(?<path>.+?)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>AG\d{4}): (?<message>.+)$")]
    private static partial Regex DiagnosticPattern();

    // The output contract: every line before the summary is an error or a warning (reading ages only when asked for).
    [GeneratedRegex(@"^.+?(\(\d+,\d+\))?: (error|warning) AG\d{4}: .+$")]
    private static partial Regex AnyDiagnosticPattern();

    [GeneratedRegex(@"^(?<path>.+\.md): info AG0231: reading age (?<age>\d+) \(Flesch–Kincaid grade -?\d+\.\d; (?<words>\d+) words in \d+ sentences\)$")]
    private static partial Regex ReadingAgePattern();
}
