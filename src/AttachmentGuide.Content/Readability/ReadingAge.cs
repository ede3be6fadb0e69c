namespace AttachmentGuide.Content.Readability;

/// <summary>
/// How hard an article's or page's prose is to read, by the Flesch–Kincaid grade level. The grade is a US school
/// grade; the reading age is that grade plus five (a US grade-1 pupil is six), the form UK guidance uses: the NHS
/// aims at a reading age of about 9 to 11.
/// </summary>
/// <param name="Grade">The Flesch–Kincaid grade, to one decimal place (it can be below zero for very simple text).</param>
/// <param name="Age">The reading age in whole years: the grade plus five, never below <see cref="FleschKincaid.YoungestAge"/>.</param>
/// <param name="Words">Words of prose counted (headings and body text; not code, addresses or front matter).</param>
/// <param name="Sentences">Sentences counted; a heading, list item or table cell ends one too.</param>
public sealed record ReadingAge(double Grade, int Age, int Words, int Sentences)
{
    /// <summary>Syllables counted, by <see cref="SyllableCounter"/>.</summary>
    public int Syllables { get; init; }

    /// <summary>The line (counting from 1) where the longest sentence starts: the first place to look for a cut.</summary>
    public int LongestSentenceLine { get; init; }

    /// <summary>Words in the longest sentence.</summary>
    public int LongestSentenceWords { get; init; }
}
