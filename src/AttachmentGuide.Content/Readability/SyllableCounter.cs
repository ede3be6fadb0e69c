using System.Text.RegularExpressions;

namespace AttachmentGuide.Content.Readability;

/// <summary>
/// Estimates the syllables of an English word without a dictionary, by the rules of Raymond D. Gardner's counter
/// (readability-rg, MIT licence, 2018), itself modelled on Greg Fast's Lingua::EN::Syllable: count the groups of
/// vowels (y included) once a final silent 'e' is gone, then add or take one for each spelling pattern that usually
/// breaks that count. Its author measured about 9% of common words off by one, errors that mostly cancel over a
/// text, which is all a grade level needs. Pure and allocation-light: it is run on every word of every article.
/// </summary>
public static partial class SyllableCounter
{
    /// <summary>The syllables in <paramref name="word"/>: letters (and apostrophes) only; at least 1 for any word with a letter.</summary>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = Normalise(word);
        if (letters.Length == 0)
        {
            return 0;
        }

        // A final 'e' is silent far more often than not (make, home, tired → tir'd).
        if (letters[^1] == 'e')
        {
            letters = letters[..^1];
        }

        var count = VowelGroups().Count(letters);
        foreach (var pattern in Fewer)
        {
            count -= pattern.IsMatch(letters) ? 1 : 0;
        }

        foreach (var pattern in More)
        {
            count += pattern.IsMatch(letters) ? 1 : 0;
        }

        return Math.Max(1, count);
    }

    /// <summary>Lower-case ASCII letters: apostrophes folded (don't → dont), accents dropped (café → cafe).</summary>
    private static string Normalise(string word)
    {
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        return string.Create(decomposed.Count(IsAsciiLetter), decomposed, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (IsAsciiLetter(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    [GeneratedRegex("[aeiouy]+", RegexOptions.CultureInvariant)]
    private static partial Regex VowelGroups();

    // Each pattern counts once per word, wherever it matches. These take one away: a silent -ed (blamed, tired),
    // -tial/-cian (special, musician), a silent -es (loves, knaves).
    private static readonly Regex[] Fewer =
    [
        new("[cfhklmnprsvwxz]ed$", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("[ct]ia[ln]", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("[tvrd]es$", RegexOptions.CultureInvariant | RegexOptions.Compiled),
    ];

    // These add one: vowel pairs said as two (trial, radio, create, people, quiet, fuel), and -ble/-ple/-tle, whose
    // final 'e' was taken away above but is a syllable of its own (table, simple, gentle), and 'Mc' names.
    private static readonly Regex[] More =
    [
        new(".yi[^aeiou]", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("[bgpt]led$", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("[bgpt]l$", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("ia", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("ios?$", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("isms?$", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("[ntdlrhxco]ua", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("[erl]ier", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("quie", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("[lrngdhtmpfs]eo", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        new("^mc", RegexOptions.CultureInvariant | RegexOptions.Compiled),
    ];
}
