namespace AttachmentGuide.Content.Readability;

/// <summary>
/// The Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers and Chissom, 1975, for the US Navy):
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
/// </summary>
public static class FleschKincaid
{
    /// <summary>A US grade is about a child's age less five, so this is what the reading age adds.</summary>
    public const int GradeToAge = 5;

    /// <summary>
    /// The formula goes below zero for very short, plain text ("The cat sat on the mat." is −1.4); no reading age is
    /// shown below the age children start to read.
    /// </summary>
    public const int YoungestAge = 5;

    /// <summary>The grade for these counts, unrounded; 0 when there are no words.</summary>
    public static double Grade(int words, int sentences, int syllables)
    {
        if (words <= 0 || sentences <= 0)
        {
            return 0;
        }

        return (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;
    }

    /// <summary>The reading age and rounded grade for these counts; null when there is no prose to measure.</summary>
    internal static ReadingAge? Measure(int words, int sentences, int syllables)
    {
        if (words <= 0 || sentences <= 0)
        {
            return null;
        }

        var grade = Grade(words, sentences, syllables);
        var age = Math.Max(YoungestAge, (int)Math.Round(grade + GradeToAge, MidpointRounding.AwayFromZero));
        return new ReadingAge(Math.Round(grade, 1, MidpointRounding.AwayFromZero), age, words, sentences) { Syllables = syllables };
    }
}
