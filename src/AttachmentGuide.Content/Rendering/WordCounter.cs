using System.Text;

namespace AttachmentGuide.Content.Rendering;

/// <summary>
/// Counts words in text that may arrive in pieces (a <see cref="StringBuilder"/>'s chunks), so the
/// plain text rendered for counting never has to become one string. A word is a run of non-space
/// characters holding at least one letter or digit, so a lone dash or bullet is not counted.
/// </summary>
internal struct WordCounter
{
    private bool _inWord;
    private bool _wordHasLetter;

    public int Count { readonly get; private set; }

    public static int CountIn(string text)
    {
        var counter = default(WordCounter);
        counter.Add(text);
        return counter.Total;
    }

    public static int CountIn(StringBuilder text)
    {
        var counter = default(WordCounter);
        foreach (var chunk in text.GetChunks())
        {
            counter.Add(chunk.Span);
        }

        return counter.Total;
    }

    /// <summary>The words so far, the one still open included.</summary>
    public readonly int Total => Count + (_inWord && _wordHasLetter ? 1 : 0);

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                Count += _inWord && _wordHasLetter ? 1 : 0;
                _inWord = _wordHasLetter = false;
            }
            else
            {
                _inWord = true;
                _wordHasLetter |= char.IsLetterOrDigit(c);
            }
        }
    }
}
