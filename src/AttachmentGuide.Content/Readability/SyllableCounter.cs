using System.Runtime.CompilerServices;

namespace AttachmentGuide.Content.Readability;

/// <summary>
/// Estimates the syllables of an English word without a dictionary, by the rules of Raymond D. Gardner's counter
/// (readability-rg, MIT licence, 2018), itself modelled on Greg Fast's Lingua::EN::Syllable: count the groups of
/// vowels (y included) once a final silent 'e' is gone, then add or take one for each spelling pattern that usually
/// breaks that count. Its author measured about 9% of common words off by one, errors that mostly cancel over a
/// text, which is all a grade level needs. The patterns are written out by hand rather than as regular expressions:
/// this runs on every word of every article at each load, and a thousand articles are a million and a half words
/// (the tests check each pattern against its regular expression).
/// </summary>
public static class SyllableCounter
{
    /// <summary>Longer "words" (a pasted address, a hash) are counted on their first letters only.</summary>
    private const int MaxLetters = 64;

    /// <summary>The syllables in <paramref name="word"/>: letters (and apostrophes) only; at least 1 for any word with a letter.</summary>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Count(word.AsSpan());
    }

    /// <inheritdoc cref="Count(string)"/>
    // Every word of every article passes through these at each load: compiled optimised at once, not first as
    // unoptimised tier-0 code, which made a cold load of 1,000 articles about a second slower (compare.sh row 3).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxLetters];
        var w = Normalise(word, buffer);
        if (w.IsEmpty)
        {
            return 0;
        }

        // A final 'e' is silent far more often than not (make, home).
        if (w[^1] == 'e')
        {
            w = w[..^1];
        }

        var count = VowelGroups(w);

        // One fewer: a silent -ed (blamed, tired), -tial/-cian (special, musician), a silent -es (loves, knaves).
        count -= EndsWithAfter(w, "ed", "cfhklmnprsvwxz") ? 1 : 0;
        count -= ContainsAfter(w, "ia", "ct", followedBy: "ln") ? 1 : 0;
        count -= EndsWithAfter(w, "es", "tvrd") ? 1 : 0;

        // One more: vowel pairs said as two (trial, radio, create, quiet, fuel, easier), -ble/-ple/-tle whose final 'e'
        // was taken away above but is a syllable of its own (table, simple, gentle), and 'Mc' names.
        count += YiBeforeConsonant(w) ? 1 : 0;
        count += EndsWithAfter(w, "led", "bgpt") ? 1 : 0;
        count += EndsWithAfter(w, "l", "bgpt") ? 1 : 0;
        count += w.IndexOf("ia") >= 0 ? 1 : 0;
        count += w.EndsWith("io") || w.EndsWith("ios") ? 1 : 0;
        count += w.EndsWith("ism") || w.EndsWith("isms") ? 1 : 0;
        count += ContainsAfter(w, "ua", "ntdlrhxco") ? 1 : 0;
        count += ContainsAfter(w, "ier", "erl") ? 1 : 0;
        count += w.IndexOf("quie") >= 0 ? 1 : 0;
        count += ContainsAfter(w, "eo", "lrngdhtmpfs") ? 1 : 0;
        count += w.StartsWith("mc") ? 1 : 0;
        return Math.Max(1, count);
    }

    /// <summary>Lower-case ASCII letters: apostrophes folded (don't → dont), accents dropped (café → cafe).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (char.IsAsciiLetter(c))
            {
                buffer[length++] = (char)(c | 0x20);
            }
            else if (c > '\u007F' && char.IsLetter(c))
            {
                // Rare: decompose this one letter and keep its base (é → e); a letter with no ASCII base is dropped.
                var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
                if (char.IsAsciiLetter(decomposed[0]))
                {
                    buffer[length++] = (char)(decomposed[0] | 0x20);
                }
            }
        }

        return buffer[..length];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int VowelGroups(ReadOnlySpan<char> w)
    {
        var groups = 0;
        var inGroup = false;
        foreach (var c in w)
        {
            var vowel = IsVowel(c);
            groups += vowel && !inGroup ? 1 : 0;
            inGroup = vowel;
        }

        return groups;
    }

    /// <summary>The word ends with <paramref name="ending"/> straight after one of <paramref name="before"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWithAfter(ReadOnlySpan<char> w, string ending, string before) =>
        w.Length > ending.Length && w.EndsWith(ending) && before.Contains(w[^(ending.Length + 1)], StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="text"/> appears straight after one of <paramref name="before"/> (and, when given, straight before
    /// one of <paramref name="followedBy"/>), anywhere in the word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ContainsAfter(ReadOnlySpan<char> w, string text, string before, string? followedBy = null)
    {
        for (var i = 1; i + text.Length <= w.Length; i++)
        {
            if (w[i..].StartsWith(text) && before.Contains(w[i - 1], StringComparison.Ordinal)
                && (followedBy is null || (i + text.Length < w.Length && followedBy.Contains(w[i + text.Length], StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>'yi' after any letter and before a consonant (the regular expression <c>.yi[^aeiou]</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool YiBeforeConsonant(ReadOnlySpan<char> w)
    {
        for (var i = 1; i + 2 < w.Length; i++)
        {
            if (w[i] == 'y' && w[i + 1] == 'i' && w[i + 2] is not ('a' or 'e' or 'i' or 'o' or 'u'))
            {
                return true;
            }
        }

        return false;
    }
}
