using AttachmentGuide.Content;
using BenchmarkDotNet.Attributes;

namespace AttachmentGuide.Benchmarks;

/// <summary>The parser on one generated article (about 1,500 words), from text to <see cref="Article"/>.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private readonly ArticleParser _parser = ParseTimer.CreateParser();
    private readonly DateOnly _today = new(2026, 1, 1);
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = CorpusGenerator.ArticleText(0, 1000);

    [Benchmark]
    public ArticleParseResult ParseArticle() => _parser.Parse("/bench/articles/article-00001.md", _text, _today);
}

/// <summary>
/// Building the whole library from a generated content folder (read, parse in parallel, check links,
/// order): what the site does at startup and on every content reload.
/// </summary>
[MemoryDiagnoser]
public class LibraryBuildBenchmarks
{
    private readonly ContentLoader _loader = ParseTimer.CreateLoader();
    private readonly ContentLoadOptions _options = new(false, new DateOnly(2026, 1, 1));
    private string _folder = string.Empty;

    [Params(100, 1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"ag-bench-corpus-{Articles}-{Environment.ProcessId}");
        CorpusGenerator.Generate(Articles, _folder, hugoDir: null, CorpusGenerator.DefaultSeed);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark]
    public ContentLibrary LoadLibrary() => _loader.Load(_folder, _options).Library;
}
