using System.Text.Json;
using AttachmentGuide.Browser.Tests.Quality;

namespace AttachmentGuide.Browser.Tests.Photos;

/// <summary>
/// The article with a photo in Lighthouse's mobile run: 100 for accessibility, best practices and SEO, every
/// performance audit that does not depend on the machine's speed passed (the photo sized, responsive, compressed,
/// in a modern format, not lazy on the largest paint, no layout shift, no third party), and no more than 20 KB over
/// the wire besides the photo itself. The performance score and the largest paint are reported, not asserted:
/// Lighthouse simulates them from the CPU time it observed, so beside CI's other test module the same page scored
/// 98 (LCP 1139 ms) where it scores 100 (LCP 991 ms) alone. compare.sh asserts them on an idle machine against the
/// published build (README, Performance).
/// </summary>
[Collection(LighthouseRuns.Name)]
public sealed class PhotoArticleLighthouseTests(PhotoSite photos) : IClassFixture<PhotoSite>
{
    private const double MaxBytesBesidesThePhoto = 20 * 1024;

    // Audits whose verdict comes from the page itself (sizes, formats, attributes, shifts), not from timings.
    // Not image-delivery-insight: it weighs the photo against its size in CSS pixels, so it calls the 800 px file
    // that srcset rightly picks for 367 CSS px on the 1.75 dpr phone "larger than it needs to be"; it carries no
    // weight in the score, and uses-responsive-images makes the same check with the pixel ratio counted.
    private static readonly string[] LoadIndependentAudits =
    [
        "cumulative-layout-shift", "unsized-images", "uses-responsive-images", "offscreen-images", "uses-optimized-images",
        "modern-image-formats", "lcp-lazy-loaded", "third-parties-insight", "viewport", "uses-text-compression",
    ];

    [Fact]
    public async Task The_article_with_a_photo_passes_every_audit_the_page_itself_decides_and_stays_small()
    {
        photos.RequireBrowser();
        var lighthouse = Environment.GetEnvironmentVariable("LIGHTHOUSE_PATH") ?? "/opt/lighthouse/node_modules/.bin/lighthouse";
        SystemComponent.SkipOrFailWhenMissing(File.Exists(lighthouse), "Lighthouse", LighthouseTests.Install);
        photos.Site.EnsureRunning();
        var report = Path.Combine(Path.GetTempPath(), $"ag-lighthouse-photo-{Guid.NewGuid():N}.json");
        try
        {
            await LighthouseTests.RunAsync(lighthouse, photos.ChromiumPath!, photos.Site.Url(PhotoSite.ArticlePath), report, "performance,accessibility,best-practices,seo");
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
            var root = json.RootElement;
            var scores = new[] { "accessibility", "best-practices", "seo" }
                .ToDictionary(c => c, c => root.GetProperty("categories").GetProperty(c).GetProperty("score").GetDouble());
            var performance = root.GetProperty("categories").GetProperty("performance").GetProperty("score").GetDouble();
            var audits = root.GetProperty("audits");
            var failingAudits = LoadIndependentAudits
                .Where(id => audits.GetProperty(id).GetProperty("score") is { ValueKind: JsonValueKind.Number } score && score.GetDouble() < 1)
                .ToList();
            var largestPaint = audits.GetProperty("largest-contentful-paint").GetProperty("numericValue").GetDouble();
            var totalBytes = audits.GetProperty("total-byte-weight").GetProperty("numericValue").GetDouble();
            var requests = audits.GetProperty("network-requests").GetProperty("details").GetProperty("items").EnumerateArray().ToList();
            var photoBytes = requests
                .Where(r => r.GetProperty("url").GetString()!.Contains("/images/calm-lake.", StringComparison.Ordinal))
                .Sum(r => r.GetProperty("transferSize").GetDouble());
            var summary = $"scores {string.Join(", ", scores.Select(s => $"{s.Key} {s.Value * 100:F0}"))}; "
                + $"performance {performance * 100:F0} and LCP {largestPaint:F0} ms (reported, not asserted); "
                + $"{totalBytes / 1024:F1} KB in all, {photoBytes / 1024:F1} KB of it the photo; "
                + $"failing performance audits: {(failingAudits.Count == 0 ? "none" : string.Join(", ", failingAudits))}";

            Assert.True(photoBytes > 0, "the photo was not loaded: " + summary);
            Assert.True(scores.Values.All(s => s >= 1), summary);
            Assert.True(failingAudits.Count == 0, summary);
            TestContext.Current.SendDiagnosticMessage(summary);
            Assert.True(totalBytes - photoBytes <= MaxBytesBesidesThePhoto, summary);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
