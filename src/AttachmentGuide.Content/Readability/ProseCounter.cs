using System.Runtime.CompilerServices;

namespace AttachmentGuide.Content.Readability;

/// <summary>
/// Counts the words, sentences and syllables of prose fed to it piece by piece, and remembers where the longest
/// sentence starts. A word is a run of non-space characters holding a letter or digit (as the reading time counts
/// them); a sentence ends at '.', '!' or '?' before a space (common abbreviations such as "e.g." aside), or where
/// its block ends: a heading, a list item and a table cell are sentences to a reader even without a full stop.
/// </summary>
internal sealed class ProseCounter
{
    // Lower case, without their final full stop: these end no sentence ("see Dr. Shah", "e.g. a walk").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "mx", "st", "vs", "cf", "approx", "incl",
    };

    // The token being read, reused: a load reads every word of every article, so no word becomes a string of its own.
    private char[] _token = new char[32];
    private int _tokenLength;
    private int _tokenLine;
    private int _sentenceWords;
    private int _sentenceLine;
    private int _words;
    private int _sentences;
    private int _syllables;
    private int _longestWords;
    private int _longestLine;

    /// <summary>Adds text that sits on <paramref name="line"/> (counting from 1).</summary>
    // Every word of every article passes through these at each load: compiled optimised at once, not first as
    // unoptimised tier-0 code, which made a cold load of 1,000 articles about a second slower (compare.sh row 3).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> text, int line)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                FinishToken();
                continue;
            }

            if (_tokenLength == 0)
            {
                _tokenLine = line;
            }
            else if (_tokenLength == _token.Length)
            {
                Array.Resize(ref _token, _token.Length * 2);
            }

            _token[_tokenLength++] = c;
        }
    }

    /// <summary>Something not read as prose (code, an address) stood here: the words either side stay apart.</summary>
    public void Separate() => FinishToken();

    /// <summary>A paragraph, heading, list item or cell has ended, and its last sentence with it.</summary>
    public void EndBlock()
    {
        FinishToken();
        EndSentence();
    }

    /// <summary>What was counted; null when there was no prose at all.</summary>
    public ReadingAge? Result()
    {
        EndBlock();
        return FleschKincaid.Measure(_words, _sentences, _syllables) is { } age
            ? age with { LongestSentenceLine = _longestLine, LongestSentenceWords = _longestWords }
            : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FinishToken()
    {
        if (_tokenLength == 0)
        {
            return;
        }

        ReadOnlySpan<char> token = _token.AsSpan(0, _tokenLength);
        _tokenLength = 0;
        if (SyllablesOf(token) is { } syllables)
        {
            if (_sentenceWords == 0)
            {
                _sentenceLine = _tokenLine;
            }

            _words++;
            _sentenceWords++;
            _syllables += syllables;
        }

        if (EndsSentence(token))
        {
            EndSentence();
        }
    }

    private void EndSentence()
    {
        if (_sentenceWords == 0)
        {
            return;
        }

        _sentences++;
        if (_sentenceWords > _longestWords)
        {
            (_longestWords, _longestLine) = (_sentenceWords, _sentenceLine);
        }

        _sentenceWords = 0;
    }

    /// <summary>
    /// The syllables of a token, or null when it is not a word (a dash, a bullet). Each part of a compound is counted
    /// alone (worn-out: worn + out); a number counts a syllable a digit, as Lingua::EN::Syllable does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? SyllablesOf(ReadOnlySpan<char> token)
    {
        int? total = null;
        var start = -1;
        for (var i = 0; i <= token.Length; i++)
        {
            var inPart = i < token.Length && (char.IsLetter(token[i]) || (start >= 0 && token[i] is '\'' or '\u2019'));
            if (inPart && start < 0)
            {
                start = i;
            }
            else if (!inPart && start >= 0)
            {
                total = (total ?? 0) + SyllableCounter.Count(token[start..i]);
                start = -1;
            }
        }

        if (total is null)
        {
            var digits = 0;
            foreach (var c in token)
            {
                digits += char.IsDigit(c) ? 1 : 0;
            }

            total = digits > 0 ? digits : null;
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsSentence(ReadOnlySpan<char> token)
    {
        var end = token.TrimEnd("\"'\u201D\u2019)]*_\u00BB");
        if (end.IsEmpty || end[^1] is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        if (end[^1] != '.')
        {
            return true;
        }

        var word = end.TrimEnd('.').TrimStart("\"'\u201C\u2018([*_\u00AB").ToString().ToLowerInvariant();
        return !Abbreviations.Contains(word);
    }
}
