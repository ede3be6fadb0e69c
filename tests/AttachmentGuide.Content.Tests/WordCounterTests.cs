using System.Text;
using AttachmentGuide.Content.Rendering;

namespace AttachmentGuide.Content.Tests;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\t ", 0)]
    [InlineData("one", 1)]
    [InlineData("one two  three\nfour", 4)]
    [InlineData("feel — safe", 2)]
    [InlineData("- item • 3", 2)]
    [InlineData("self-soothing, co-regulation.", 2)]
    public void Counts_runs_with_a_letter_or_digit(string text, int expected)
    {
        Assert.Equal(expected, WordCounter.CountIn(text));
    }

    [Fact]
    public void A_word_split_across_chunks_counts_once()
    {
        // Large appends make StringBuilder chunks; a word straddling two must not count twice.
        var text = new StringBuilder();
        text.Append(new string('a', 9000)).Append(new string('b', 9000)).Append(" end");

        Assert.True(CountChunks(text) > 1);
        Assert.Equal(2, WordCounter.CountIn(text));
        Assert.Equal(WordCounter.CountIn(text.ToString()), WordCounter.CountIn(text));
    }

    private static int CountChunks(StringBuilder text)
    {
        var chunks = 0;
        foreach (var unused in text.GetChunks())
        {
            chunks++;
        }

        return chunks;
    }
}
