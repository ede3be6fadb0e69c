using System.Globalization;
using AttachmentGuide.Content.Diagnostics;

namespace AttachmentGuide.Content.Readability;

/// <summary>
/// Warns about each article whose reading age is above the site's setting (<c>reading_age_warning_above</c>). The
/// warning sits on the longest sentence, the first place a cut helps. Pages are measured but not warned about:
/// a privacy notice or a fees page may need the words the law or a contract uses.
/// </summary>
internal static class ReadingAgeRule
{
    /// <param name="articles">Each article file and its reading age (null for a file left out, or with no prose).</param>
    /// <param name="warnAbove">The site's <c>reading_age_warning_above</c>.</param>
    public static IEnumerable<Diagnostic> Check(IEnumerable<(string FilePath, ReadingAge? ReadingAge)> articles, int warnAbove)
    {
        foreach (var (filePath, age) in articles)
        {
            if (age is not { } reading || reading.Age <= warnAbove)
            {
                continue;
            }

            yield return new Diagnostic(
                filePath, reading.LongestSentenceLine, 1, DiagnosticSeverity.Warning, DiagnosticCodes.ReadingAgeHigh,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the reading age is {reading.Age} (Flesch–Kincaid grade {reading.Grade:0.0}), above the site's {warnAbove}; its longest sentence, {reading.LongestSentenceWords} words, starts here"),
                "Shorter sentences and plainer words bring it down: split long sentences in two, and prefer short everyday words (the NHS aims at a reading age of 9 to 11)");
        }
    }
}
