using AttachmentGuide.Content.Readability;

namespace AttachmentGuide.Content.Tests.Readability;

/// <summary>
/// The reading age against texts counted by hand and published with their scores (<see cref="PublishedSamples"/>).
/// Words and sentences are counted by rule, so they must match exactly; syllables come from a spelling heuristic
/// (about one word in ten off by one, mostly cancelling out), so they and the grade are held to a stated tolerance.
/// </summary>
public sealed class ReadingAgeSampleTests
{
    // 3% of a text's syllables is about 0.35 of a grade at the samples' 1.5 syllables a word (11.8 × 0.045).
    private const double SyllableTolerance = 0.03;
    private const double GradeTolerance = 0.5;

    [Fact]
    public void The_formula_gives_Wikipedias_grade_for_its_worked_example()
    {
        // Wikipedia's counts for the platypus sentence: 13 words, 1 sentence, 24 syllables → 11.3.
        Assert.Equal(11.3, Math.Round(FleschKincaid.Grade(13, 1, 24), 1));
    }

    [Fact]
    public void The_platypus_sentence_has_Wikipedias_words_and_one_sentence()
    {
        var reading = ProseReader.MeasureText(PublishedSamples.Platypus)!;

        Assert.Equal((13, 1), (reading.Words, reading.Sentences));
        // "Australian" and "reptilian" are three syllables to a dictionary and four to the heuristic ('ia' is usually two).
        Assert.InRange(reading.Syllables, 24, 26);
    }

    [Fact]
    public void Moby_Dick_has_the_hand_counted_words_and_sentences_and_about_its_syllables_and_grade()
    {
        var reading = ProseReader.MeasureText(PublishedSamples.MobyDick)!;

        Assert.Equal(PublishedSamples.MobyDickWords, reading.Words);
        Assert.Equal(PublishedSamples.MobyDickSentences, reading.Sentences);
        AssertNear(PublishedSamples.MobyDickSyllables, reading.Syllables);
        Assert.InRange(reading.Grade, PublishedSamples.MobyDickGrade - GradeTolerance, PublishedSamples.MobyDickGrade + GradeTolerance);
        Assert.Equal(17, reading.Age);
    }

    [Fact]
    public void Kiplings_If_is_one_sentence_with_the_hand_counted_words_and_about_its_syllables()
    {
        var reading = ProseReader.MeasureText(PublishedSamples.KiplingIf)!;

        // The hand count splits the hyphenated worn-out and pitch-and-toss (3 more words); the site counts a
        // hyphenated compound as one word, as its reading time does, and gives each part its own syllables.
        Assert.Equal(PublishedSamples.KiplingIfWords - 3, reading.Words);
        Assert.Equal(1, reading.Sentences);
        AssertNear(PublishedSamples.KiplingIfSyllables, reading.Syllables);
        // The grade moves 11.8 / 292 for each syllable and 0.39 for each word: 1.5 grades is about 10 syllables.
        Assert.InRange(reading.Grade, PublishedSamples.KiplingIfGrade - 1.5, PublishedSamples.KiplingIfGrade + 1.5);
    }

    [Theory]
    [InlineData("the", 1)]
    [InlineData("a", 1)]
    [InlineData("I", 1)]
    [InlineData("make", 1)]
    [InlineData("tired", 1)]
    [InlineData("knaves", 1)]
    [InlineData("blamed", 1)]
    [InlineData("twisted", 2)]
    [InlineData("little", 2)]
    [InlineData("table", 2)]
    [InlineData("simple", 2)]
    [InlineData("don't", 1)]
    [InlineData("trauma", 2)]
    [InlineData("attachment", 3)]
    [InlineData("regulating", 4)]
    [InlineData("circulation", 4)]
    [InlineData("involuntarily", 6)]
    [InlineData("McDonald", 3)]
    public void Common_words_get_their_dictionary_syllables(string word, int syllables)
    {
        Assert.Equal(syllables, SyllableCounter.Count(word));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("—", 0)]
    [InlineData("42", 0)]
    public void Text_without_letters_has_no_syllables(string word, int syllables)
    {
        Assert.Equal(syllables, SyllableCounter.Count(word));
    }

    [Fact]
    public void Short_plain_sentences_read_younger_than_long_Latinate_ones()
    {
        var plain = ProseReader.MeasureText("We can help. You are not alone. Call us when you are ready.")!;
        var dense = ProseReader.MeasureText("Therapeutic interventions addressing developmental attachment disorganisation necessitate individualised, relationally attuned formulation.")!;

        Assert.Equal(FleschKincaid.YoungestAge, plain.Age);
        Assert.True(dense.Age > 20, $"dense text read at {dense.Age}");
    }

    [Fact]
    public void Abbreviations_and_decimals_end_no_sentence_but_question_and_exclamation_marks_do()
    {
        var reading = ProseReader.MeasureText("Talk to Dr. Shah, e.g. on 3.5 days a week. Why? It helps! Really.")!;

        Assert.Equal(4, reading.Sentences);
    }

    private static void AssertNear(int published, int counted) =>
        Assert.True(
            Math.Abs(counted - published) <= published * SyllableTolerance,
            $"counted {counted} syllables; the hand count is {published} (tolerance {SyllableTolerance:P0})");
}
