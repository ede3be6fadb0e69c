using System.Globalization;
using System.Text;

namespace AttachmentGuide.Benchmarks;

/// <summary>
/// Writes a deterministic corpus of N articles (same seed, same count: byte-identical files) in the
/// site's content format (<c>site.yml</c> + <c>articles/*.md</c>) and, optionally, the same articles
/// as a minimal Hugo site, so both tools parse the same Markdown.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20261125;

    private const int TargetWords = 1500;

    private static readonly string[] Vocabulary =
    [
        "attachment", "trauma", "safety", "closeness", "distance", "body", "memory", "parent", "caregiver", "child",
        "relationship", "trust", "fear", "comfort", "healing", "therapy", "nervous", "system", "pattern", "feeling",
        "secure", "anxious", "avoidant", "connection", "boundary", "repair", "rupture", "shame", "grief", "anger",
        "breath", "tension", "calm", "soothing", "presence", "attunement", "response", "need", "care", "warmth",
        "slowly", "gently", "often", "sometimes", "rarely", "together", "alone", "early", "later", "again",
        "notice", "learn", "feel", "remember", "carry", "protect", "reach", "hold", "settle", "return",
        "the", "a", "and", "of", "to", "in", "that", "is", "it", "with", "as", "for", "on", "your", "you", "we",
        "can", "may", "will", "when", "what", "how", "why", "this", "those", "these", "from", "into", "about",
        "small", "quiet", "steady", "new", "old", "kind", "hard", "difficult", "simple", "gentle", "deep",
        "day", "night", "week", "year", "moment", "step", "path", "story", "voice", "word", "hand", "home",
        "partner", "friend", "family", "sibling", "teacher", "stranger", "clinic", "session", "therapist", "client",
        "emdr", "somatic", "grounding", "window", "tolerance", "regulation", "dysregulation", "freeze", "fawn", "flight",
        "understand", "explore", "practice", "rebuild", "trusting", "waiting", "listening", "noticing", "naming", "softening",
    ];

    private static readonly string[] Tags =
    [
        "attachment", "causes", "emdr", "somatic", "relationships", "parenting", "grief", "anxiety",
        "sleep", "shame", "boundaries", "healing",
    ];

    /// <summary>Every word the articles are made of (search queries are built from them).</summary>
    public static IReadOnlyList<string> AllWords => Vocabulary;

    /// <summary>The slug of article <paramref name="index"/> (0-based); stable for a given index.</summary>
    public static string SlugFor(int index) => string.Create(CultureInfo.InvariantCulture, $"article-{index + 1:D5}");

    /// <summary>Writes the corpus; returns the total number of Markdown bytes written.</summary>
    public static long Generate(int count, string outDir, string? hugoDir, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var articlesDir = Path.Combine(outDir, "articles");
        CorpusFolders.Reset(articlesDir);
        CorpusFolders.WriteSiteSettings(outDir);

        string? hugoContent = null;
        if (hugoDir is not null)
        {
            hugoContent = Path.Combine(hugoDir, "content", "guide");
            CorpusFolders.Reset(hugoContent);
            CorpusFolders.WriteHugoSkeleton(hugoDir);
        }

        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var article = BuildArticle(seed, i, count);
            var ours = article.OursFrontMatter + article.Body;
            File.WriteAllText(Path.Combine(articlesDir, SlugFor(i) + ".md"), ours, Utf8);
            bytes += Utf8.GetByteCount(ours);
            if (hugoContent is not null)
            {
                File.WriteAllText(Path.Combine(hugoContent, SlugFor(i) + ".md"), article.HugoFrontMatter + article.Body, Utf8);
            }
        }

        return bytes;
    }

    /// <summary>The Markdown text of one generated article in the site's format, for in-memory benchmarks.</summary>
    public static string ArticleText(int index, int count, int seed = DefaultSeed)
    {
        var article = BuildArticle(seed, index, count);
        return article.OursFrontMatter + article.Body;
    }

    private static readonly UTF8Encoding Utf8 = CorpusFolders.Utf8;

    private sealed record GeneratedArticle(string OursFrontMatter, string HugoFrontMatter, string Body);

    private static GeneratedArticle BuildArticle(int seed, int index, int count)
    {
        // One seeded generator per article (System.Random with a seed is stable across runs), so article i
        // is the same on every run; only its links depend on the corpus size.
        var random = new Random(StableSeed(seed, index));
        var title = Capitalise(Words(random, random.Next(3, 7)), everyWord: true);
        var summary = Capitalise(Words(random, random.Next(14, 24)), everyWord: false) + ".";
        var tags = Enumerable.Range(0, random.Next(2, 4)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct().ToList();
        var published = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 700));
        var date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var order = (index + 1) * 10;

        var ours = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(title).Append('\n')
            .Append("summary: ").Append(summary).Append('\n')
            .Append("published: ").Append(date).Append('\n')
            .Append("tags: [").Append(string.Join(", ", tags)).Append("]\n")
            .Append("order: ").Append(order.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("---\n\n")
            .ToString();
        var hugo = new StringBuilder()
            .Append("---\n")
            .Append("title: \"").Append(title).Append("\"\n")
            .Append("summary: \"").Append(summary).Append("\"\n")
            .Append("date: ").Append(date).Append('\n')
            .Append("tags: [").Append(string.Join(", ", tags)).Append("]\n")
            .Append("weight: ").Append(order.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("---\n\n")
            .ToString();

        var body = new StringBuilder();
        var words = 0;
        words += Paragraph(random, body, index, count, 2, 4);
        var sections = random.Next(5, 8);
        var perSection = (TargetWords - words) / sections;
        var usedHeadings = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sections; s++)
        {
            string heading;
            do
            {
                heading = Capitalise(Words(random, random.Next(2, 6)), everyWord: true);
            }
            while (!usedHeadings.Add(heading));

            body.Append("## ").Append(heading).Append("\n\n");
            var sectionWords = 0;
            while (sectionWords < perSection)
            {
                sectionWords += random.Next(8) switch
                {
                    0 => BulletList(random, body),
                    _ => Paragraph(random, body, index, count, 3, 6),
                };
            }

            words += sectionWords;
        }

        return new GeneratedArticle(ours, hugo, body.ToString());
    }

    private static int StableSeed(int seed, int index)
    {
        unchecked
        {
            var h = (uint)seed;
            h ^= (uint)index * 2654435761u;
            h ^= h >> 15;
            h *= 2246822519u;
            h ^= h >> 13;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    private static int Paragraph(Random random, StringBuilder body, int index, int count, int minSentences, int maxSentences)
    {
        var words = 0;
        var sentences = random.Next(minSentences, maxSentences + 1);
        for (var s = 0; s < sentences; s++)
        {
            var n = random.Next(8, 21);
            var sentence = Words(random, n);
            switch (random.Next(12))
            {
                case 0:
                    sentence = Emphasise(random, sentence, "**");
                    break;
                case 1:
                    sentence = Emphasise(random, sentence, "*");
                    break;
                case 2 when count > 1:
                    var target = random.Next(count);
                    if (target == index)
                    {
                        target = (target + 1) % count;
                    }

                    sentence += " [" + Words(random, 3) + "](/guide/" + SlugFor(target) + ")";
                    n += 3;
                    break;
                default:
                    break;
            }

            body.Append(Capitalise(sentence, everyWord: false)).Append(random.Next(10) == 0 ? "? " : ". ");
            words += n;
        }

        body.Length--;
        body.Append("\n\n");
        return words;
    }

    private static int BulletList(Random random, StringBuilder body)
    {
        var words = 0;
        var items = random.Next(3, 6);
        for (var i = 0; i < items; i++)
        {
            var n = random.Next(4, 11);
            body.Append("- ").Append(Capitalise(Words(random, n), everyWord: false)).Append('\n');
            words += n;
        }

        body.Append('\n');
        return words;
    }

    private static string Emphasise(Random random, string sentence, string marker)
    {
        var parts = sentence.Split(' ');
        var at = random.Next(parts.Length);
        parts[at] = marker + parts[at] + marker;
        return string.Join(' ', parts);
    }

    private static string Words(Random random, int n)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Vocabulary[random.Next(Vocabulary.Length)]);
        }

        return sb.ToString();
    }

    private static string Capitalise(string text, bool everyWord)
    {
        if (!everyWord)
        {
            return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
        }

        return string.Join(' ', text.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
