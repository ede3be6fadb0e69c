using System.Diagnostics;
using System.Globalization;
using AttachmentGuide.Content;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Rendering;

namespace AttachmentGuide.Benchmarks;

/// <summary>Times <see cref="ContentLoader.Load"/> over a content folder, cold (first call in this process) and warm.</summary>
internal static class ParseTimer
{
    public static int Run(string contentDir, int rounds)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        // As the site loads at start-up: reading ages are checked after the first page (ContentLoader.CheckReadingAges),
        // timed on their own below so that what they cost stays in sight.
        var options = new ContentLoadOptions(false, today) { MeasureReadingAges = false };

        var cold = Stopwatch.StartNew();
        var loader = CreateLoader();
        var result = loader.Load(contentDir, options);
        cold.Stop();

        var warm = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            _ = loader.Load(contentDir, options);
            warm.Add(sw.Elapsed.TotalMilliseconds);
        }

        warm.Sort();
        var check = Stopwatch.StartNew();
        var readingAgeWarnings = loader.CheckReadingAges(contentDir, options, result.Library).Count;
        check.Stop();
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"articles={result.Library.All.Count}"));
        Console.WriteLine(string.Create(invariant, $"errors={errors}"));
        Console.WriteLine(string.Create(invariant, $"warnings={warnings}"));
        Console.WriteLine(string.Create(invariant, $"cold_ms={cold.Elapsed.TotalMilliseconds:F1}"));
        Console.WriteLine(string.Create(invariant, $"warm_median_ms={(warm.Count == 0 ? 0 : warm[warm.Count / 2]):F1}"));
        Console.WriteLine(string.Create(invariant, $"warm_min_ms={(warm.Count == 0 ? 0 : warm[0]):F1}"));
        Console.WriteLine(string.Create(invariant, $"reading_age_check_ms={check.Elapsed.TotalMilliseconds:F1}"));
        Console.WriteLine(string.Create(invariant, $"reading_age_warnings={readingAgeWarnings}"));
        // What one snapshot keeps alive: the managed heap after a full collection, and the part of it that is HTML.
        var live = GC.GetTotalMemory(forceFullCollection: true);
        var html = result.Library.All.Sum(a => (long)a.LeadHtmlUtf8.Bytes.Length
            + a.Sections.Sum(s => s.HtmlUtf8.Bytes.Length + s.Subsections.Sum(u => u.HtmlUtf8.Bytes.Length)));
        Console.WriteLine(string.Create(invariant, $"live_heap_mb={live / 1048576.0:F1}"));
        Console.WriteLine(string.Create(invariant, $"html_utf8_mb={html / 1048576.0:F1}"));
        GC.KeepAlive(result);
        foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))
        {
            Console.Error.WriteLine(d.Format(Environment.CurrentDirectory));
        }

        return errors == 0 ? 0 : 1;
    }

    /// <summary>The parser as the site builds it (ContentParsing in the web project), for every benchmark.</summary>
    public static ArticleParser CreateParser() => new(
        MarkdownPipelineFactory.Create(),
        new ArticleParserOptions("/guide/", ["top", "main", "quick-exit", "quick-exit-hint", "on-this-page", "reach-out", "crisis-help"]));

    public static ContentLoader CreateLoader() => new(CreateParser(), TimeProvider.System);
}
