namespace AttachmentGuide.Content.Tests.Readability;

/// <summary>
/// Texts whose words, sentences and syllables were counted by hand and published with their Flesch–Kincaid grades,
/// so the site's counts can be checked against people's rather than against themselves. Both are public domain.
/// </summary>
internal static class PublishedSamples
{
    /// <summary>
    /// The opening of Moby-Dick (Herman Melville, 1851). Counted by hand in Dave Child's Text-Statistics test suite
    /// (github.com/DaveChild/Text-Statistics, tests/TextStatisticsMelvilleMobyDickTest.php): 201 words, 8 sentences,
    /// 304 syllables, Flesch–Kincaid grade 12.06.
    /// </summary>
    public const string MobyDick =
        "Call me Ishmael. Some years ago - never mind how long precisely - having little or no money in my purse, and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part of the world. It is a way I have of driving off the spleen, and regulating the circulation. Whenever I find myself growing grim about the mouth; whenever it is a damp, drizzly November in my soul; whenever I find myself involuntarily pausing before coffin warehouses, and bringing up the rear of every funeral I meet; and especially whenever my hypos get such an upper hand of me, that it requires a strong moral principle to prevent me from deliberately stepping into the street, and methodically knocking people's hats off - then, I account it high time to get to sea as soon as I can. This is my substitute for pistol and ball. With a philosophical flourish Cato throws himself upon his sword; I quietly take to the ship. There is nothing surprising in this. If they but knew it, almost all men in their degree, some time or other, cherish very nearly the same feelings towards the ocean with me.";

    public const int MobyDickWords = 201;
    public const int MobyDickSentences = 8;
    public const int MobyDickSyllables = 304;
    public const double MobyDickGrade = 12.06;

    /// <summary>
    /// "If—" (Rudyard Kipling, 1910), one sentence of 292 words and 338 syllables, counted by hand in the same suite
    /// (tests/TextStatisticsKiplingIfTest.php); its grade, 111.9, shows how the formula punishes one long sentence.
    /// </summary>
    public const string KiplingIf = """
        If you can keep your head when all about you
        Are losing theirs and blaming it on you,
        If you can trust yourself when all men doubt you
        But make allowance for their doubting too,
        If you can wait and not be tired by waiting,
        Or being lied about, don't deal in lies,
        Or being hated, don't give way to hating,
        And yet don't look too good, nor talk too wise:
        If you can dream - and not make dreams your master,
        If you can think - and not make thoughts your aim;
        If you can meet with Triumph and Disaster
        And treat those two impostors just the same;
        If you can bear to hear the truth you've spoken
        Twisted by knaves to make a trap for fools,
        Or watch the things you gave your life to, broken,
        And stoop and build 'em up with worn-out tools:
        If you can make one heap of all your winnings
        And risk it all on one turn of pitch-and-toss,
        And lose, and start again at your beginnings
        And never breath a word about your loss;
        If you can force your heart and nerve and sinew
        To serve your turn long after they are gone,
        And so hold on when there is nothing in you
        Except the Will which says to them: "Hold on"
        If you can talk with crowds and keep your virtue,
        Or walk with kings - nor lose the common touch,
        If neither foes nor loving friends can hurt you;
        If all men count with you, but none too much,
        If you can fill the unforgiving minute
        With sixty seconds' worth of distance run,
        Yours is the Earth and everything that's in it,
        And - which is more - you'll be a Man, my son!
        """;

    public const int KiplingIfWords = 292;
    public const int KiplingIfSyllables = 338;
    public const double KiplingIfGrade = 111.95;

    /// <summary>
    /// Wikipedia's worked example ("Flesch–Kincaid readability tests", grade level section): this sentence has 13 words
    /// and 24 syllables, and so a grade of 11.3.
    /// </summary>
    public const string Platypus = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";
}
