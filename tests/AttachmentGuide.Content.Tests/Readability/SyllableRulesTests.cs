using System.Text.RegularExpressions;
using AttachmentGuide.Content.Readability;

namespace AttachmentGuide.Content.Tests.Readability;

/// <summary>
/// The site's syllable counter writes Gardner's patterns out by hand, for speed; here they are as he published them,
/// as regular expressions, and both must agree on every word of the published samples and on words made to hit
/// each pattern.
/// </summary>
public sealed partial class SyllableRulesTests
{
    private static readonly string[] Fewer = ["[cfhklmnprsvwxz]ed$", "[ct]ia[ln]", "[tvrd]es$"];

    private static readonly string[] More =
    [
        ".yi[^aeiou]", "[bgpt]led$", "[bgpt]l$", "ia", "ios?$", "isms?$", "[ntdlrhxco]ua", "[erl]ier", "quie", "[lrngdhtmpfs]eo", "^mc",
    ];

    public static TheoryData<string> Words()
    {
        var words = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var samples = string.Join(' ', PublishedSamples.MobyDick, PublishedSamples.KiplingIf, PublishedSamples.Platypus);
        string[] patterns =
        [
            "special", "musician", "loves", "knaves", "blamed", "tired", "trial", "radio", "patios", "create", "quiet",
            "fuel", "dual", "easier", "copier", "table", "troubled", "gentle", "crying", "flying", "McDonald", "realism",
            "criticisms", "video", "people", "alien", "reliance", "sensual", "hyena", "psychiatrist", "don't", "café",
            "Über", "rhythm", "a", "I", "e", "ee", "the", "yes", "eyes", "queue", "situation", "attachment", "dissociation",
        ];
        foreach (var word in WordPattern().Matches(samples).Select(m => m.Value).Concat(patterns))
        {
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void The_hand_written_rules_count_as_the_published_regular_expressions_do(string word)
    {
        Assert.Equal(Published(word), SyllableCounter.Count(word));
    }

    /// <summary>Gardner's syllable_count_eng, as published: lower case, apostrophes out, a final 'e' off, vowel groups, then the patterns.</summary>
    private static int Published(string word)
    {
        var letters = new string(word.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
        if (letters.Length == 0)
        {
            return 0;
        }

        var w = Regex.Replace(letters, "e$", string.Empty);
        var count = Regex.Count(w, "[aeiouy]+");
        count -= Fewer.Count(p => Regex.IsMatch(w, p));
        count += More.Count(p => Regex.IsMatch(w, p));
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex WordPattern();
}
