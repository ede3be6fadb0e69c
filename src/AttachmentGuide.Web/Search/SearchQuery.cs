using System.Text;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// What a reader typed, made safe: cut to a bound, control characters gone, and split into plain words. Raw text
/// never reaches FTS5's MATCH (where <c>"</c>, <c>*</c>, <c>NEAR(</c>, <c>title:</c> are syntax); each word becomes
/// a quoted string literal, which FTS5 reads as nothing but text.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer queries are cut here (a search box needs no more; a 2,000-character paste gets a note).</summary>
    public const int MaxLength = 200;

    /// <summary>More words than this add nothing to a ranking but cost time.</summary>
    public const int MaxTerms = 12;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "i", "if", "in", "into", "is", "it",
        "its", "me", "my", "no", "not", "of", "on", "or", "so", "such", "that", "the", "their", "then", "there",
        "these", "they", "this", "to", "was", "we", "were", "what", "when", "which", "who", "will", "with", "you",
    };

    private SearchQuery(string text, bool shortened, IReadOnlyList<string> terms)
    {
        Text = text;
        WasShortened = shortened;
        Terms = terms;
    }

    /// <summary>The query as the page shows it back: cleaned and bounded.</summary>
    public string Text { get; }

    /// <summary>True when the reader's text was longer than <see cref="MaxLength"/> and was cut.</summary>
    public bool WasShortened { get; }

    /// <summary>The words searched for, lowercase, without stop words.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>True when nothing was typed at all.</summary>
    public bool IsEmpty => Text.Length == 0;

    public static SearchQuery Parse(string? raw)
    {
        var cleaned = SearchText.Plain(raw ?? string.Empty);
        var shortened = cleaned.Length > MaxLength;
        if (shortened)
        {
            // Cut on a character boundary: never leave half a surrogate pair behind.
            var cut = char.IsHighSurrogate(cleaned[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            cleaned = cleaned[..cut].TrimEnd();
        }

        var words = Words(cleaned).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var terms = words.Where(w => !StopWords.Contains(w)).Take(MaxTerms).ToList();
        return new SearchQuery(cleaned, shortened, terms);
    }

    /// <summary>
    /// Words shorter than this are matched whole even at the end of a query: "an" or "ki" as a prefix would match
    /// half the index and help nobody.
    /// </summary>
    public const int MinPrefixLength = 3;

    /// <summary>
    /// An FTS5 query that needs every word (<paramref name="everyWord"/>) or any of them. The last word also matches
    /// as the start of a longer word, so someone still typing "attach" finds "attachment".
    /// </summary>
    public string ToMatch(bool everyWord) => Match(Terms, everyWord, lastWordAsPrefix: true);

    /// <summary>
    /// An FTS5 query of string literals: each word quoted, so nothing in it is FTS syntax. With
    /// <paramref name="lastWordAsPrefix"/> the last word is <c>("word" OR "word"*)</c>: the whole word counts twice in
    /// the ranking, so what was typed in full outranks the longer words that merely start with it.
    /// </summary>
    public static string Match(IEnumerable<string> words, bool everyWord, bool lastWordAsPrefix = false)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.ToList();
        var quoted = list.ConvertAll(Quote);
        if (lastWordAsPrefix && list.Count > 0 && list[^1].Length >= MinPrefixLength)
        {
            quoted[^1] = "(" + quoted[^1] + " OR " + quoted[^1] + "*)";
        }

        return string.Join(everyWord ? " AND " : " OR ", quoted);
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Letters, digits and joining marks (runs of them); everything else separates words.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark || char.IsSurrogate(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
