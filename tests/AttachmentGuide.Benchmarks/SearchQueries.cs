using System.Globalization;

namespace AttachmentGuide.Benchmarks;

/// <summary>
/// A seeded list of searches over the generated corpus's own words, as /search paths: one word, two words, and a
/// word cut short (the site matches the last word as a prefix), in turn. Same seed and count: the same list.
/// </summary>
public static class SearchQueries
{
    // The corpus's filler words the site drops as stop words: a search for them alone shows the empty-search page.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "and", "of", "to", "in", "that", "is", "it", "with", "as", "for", "on", "you", "we", "will",
        "when", "what", "this", "these", "from", "into",
    };

    public static IReadOnlyList<string> Paths(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var words = CorpusGenerator.AllWords.Where(w => !StopWords.Contains(w)).ToArray();
        var random = new Random(seed);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var first = words[random.Next(words.Length)];
            var query = (i % 3) switch
            {
                0 => first,
                1 => first + " " + words[random.Next(words.Length)],
                _ => first[..Math.Min(first.Length, Math.Max(3, first.Length - 3))],
            };
            paths.Add(string.Create(CultureInfo.InvariantCulture, $"/search?q={Uri.EscapeDataString(query)}"));
        }

        return paths;
    }
}
