using System.Diagnostics;
using System.Text;
using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Tests;

/// <summary>
/// Feeds the loader generated hostile files (a fixed seed, so a failure replays): deep nesting of every Markdown
/// and YAML construct, aliases, huge values, invalid UTF-8, random bytes, CRLF and BOM mixes, and random splices
/// of all of these into a good article. Each must give an article or a diagnostic for its file, never an exception,
/// and the good article beside it must still be served, within a generous time per file.
/// </summary>
public sealed class ContentLoaderFuzzTests
{
    private const int Cases = 300;
    private const int Seed = 20261202;
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(2);

    private static readonly string[] MarkdownNesting = ["> ", "- ", "* ", "+ ", "1. ", "> - ", "  ", "\t- ", "*", "_", "**", "~~", "==", "^", "[", "![", "(", "<", "`", "|"];
    private static readonly string[] MarkdownClosing = ["", "]", "](u)", ")", "*", "_", "~~", ">", "`", "|"];
    private static readonly string[] YamlNesting = ["[", "{a: ", "- ", "{", "? ", "[{", "&a [", "!t ["];
    private static readonly string[] Splices =
    [
        "[", "]", "*", "_", "> ", "- ", "\t", ":", ": ", "&a ", "*a", "\"", "'", "\0", "\u0007", "---\n", "\n", "\r\n", "\r", "\uFEFF",
        "<script>", "](javascript:x)", "#", "## ", "{", "}", "|", "`", "```\n", "\\", "\uD800", "@", "%", "!", "? ", "<<: *a\n",
    ];

    private readonly Random _random = new(Seed);

    [Fact]
    public void Hostile_files_give_an_article_or_a_diagnostic_never_an_exception()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/good.md", TempContentFolder.Article("Good"));
        var loader = TestContent.Loader();
        var options = new ContentLoadOptions(IncludeDrafts: true, TestContent.Today);
        var slowest = TimeSpan.Zero;

        for (var i = 0; i < Cases; i++)
        {
            var (kind, bytes) = Generate(i);
            var inSiteFile = i % 7 == 3;
            var path = inSiteFile ? folder.WriteBytes("site.yml", bytes) : folder.WriteBytes("articles/hostile.md", bytes);
            var clock = Stopwatch.StartNew();

            ContentLoadResult result;
            try
            {
                result = loader.Load(folder.Root, options);
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i} ({kind}, {bytes.Length} bytes) threw {ex}");
                return;
            }

            clock.Stop();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.True(clock.Elapsed < PerFile, $"case {i} ({kind}, {bytes.Length} bytes) took {clock.Elapsed.TotalMilliseconds:F0} ms");
            Assert.True(result.Library.TryGet("good", out _), $"case {i} ({kind}) took the good article down");
            if (inSiteFile)
            {
                Assert.NotNull(result.Library.Site);
                File.Delete(path);
            }
            else
            {
                var served = result.Library.All.Any(a => a.SourcePath == path);
                var reported = result.Diagnostics.Any(d => d.FilePath == path && d.IsError);
                Assert.True(served || reported, $"case {i} ({kind}) gave neither an article nor an error");
                Assert.All(result.Diagnostics.Where(d => d.FilePath == path), d => Assert.True(
                    d.Line is null or > 0 && d.Column is null or > 0 && d.Message.Length > 0 && d.Fix.Length > 0,
                    $"case {i} ({kind}): {d.Format()}"));
            }
        }

        Assert.True(slowest < PerFile, $"slowest file took {slowest.TotalMilliseconds:F0} ms");
    }

    private (string Kind, byte[] Bytes) Generate(int index) => (index % 8) switch
    {
        0 => ("markdown nesting", Utf8(Article(Nest(Pick(MarkdownNesting), Pick(MarkdownClosing), Depth())))),
        1 => ("yaml nesting", Utf8(FrontMatter("tags: " + Nest(Pick(YamlNesting), string.Empty, Depth())))),
        2 => ("aliases", Utf8(FrontMatter(Laughs()))),
        3 => ("huge value", Utf8(FrontMatter("summary: " + new string(Pick(['x', ' ', '[', '"']), _random.Next(1_000, 300_000))))),
        4 => ("invalid utf-8", Corrupt(Utf8(Article("Some text with é and ü.\n")))),
        5 => ("random bytes", RandomBytes()),
        6 => ("line ends and BOM", Utf8(MixLineEnds(Article("A\n\n- b\n- c\n\n> d\n")))),
        _ => ("splices", Utf8(Splice(Article("Some *emphasis*, a [link](other#part) and `code`.\n\n- a\n  - b\n\n> quote\n")))),
    };

    private int Depth() => _random.Next(4) switch
    {
        0 => _random.Next(1, 40),
        1 => _random.Next(40, 200),
        2 => _random.Next(200, 5_000),
        _ => _random.Next(5_000, 30_000),
    };

    private static string Nest(string open, string close, int depth) =>
        new StringBuilder().Insert(0, open, depth).Append('x').Insert(open.Length * depth + 1, close, depth).Append('\n').ToString();

    private static string Article(string body) => "---\ntitle: Fuzzed\nsummary: A generated file.\n---\n\n## Part\n\n" + body;

    private static string FrontMatter(string yaml) => "---\ntitle: Fuzzed\n" + yaml + "\nsummary: A generated file.\n---\n\n## Part\n\nText.\n";

    private string Laughs()
    {
        var levels = _random.Next(2, 12);
        var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < levels; level++)
        {
            text.Append('a').Append(level).Append(": &a").Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat($"*a{level - 1}", 10)).Append("]\n");
        }

        return text.Append(_random.Next(2) == 0 ? $"? *a{levels - 1}\n: boom" : $"boom: *a{levels - 1}").ToString();
    }

    private byte[] Corrupt(byte[] bytes)
    {
        var copy = bytes.ToList();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            copy.Insert(_random.Next(copy.Count), Pick<byte>([0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xF8, 0xE9]));
        }

        return [.. copy];
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 20_000)];
        _random.NextBytes(bytes);
        return _random.Next(2) == 0 ? [.. "---\ntitle: T\nsummary: S.\n---\n"u8, .. bytes] : bytes;
    }

    private string MixLineEnds(string text)
    {
        var mixed = new StringBuilder(_random.Next(2) == 0 ? "\uFEFF" : string.Empty);
        foreach (var c in text)
        {
            mixed.Append(c == '\n' ? Pick(["\n", "\r\n", "\r", "\n\r"]) : c.ToString());
        }

        return mixed.ToString();
    }

    private string Splice(string text)
    {
        var spliced = new StringBuilder(text);
        for (var i = _random.Next(1, 60); i > 0; i--)
        {
            var piece = Pick(Splices);
            spliced.Insert(_random.Next(spliced.Length + 1), piece, _random.Next(1, _random.Next(2) == 0 ? 3 : 300));
        }

        return spliced.ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    // Lone surrogates in a spliced text must still reach the file: encode them as replacement characters, as an editor would.
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
