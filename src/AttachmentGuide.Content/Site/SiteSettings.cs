namespace AttachmentGuide.Content.Site;

/// <summary>The site-wide settings staff edit in <c>content/site.yml</c>.</summary>
/// <param name="Name">The site's name, in the header and page titles.</param>
/// <param name="Tagline">A short line under the name on the home page.</param>
/// <param name="Welcome">A short welcome on the home page.</param>
/// <param name="BaseUrl">The public address, e.g. <c>https://guide.example.org</c>, for canonical links, the sitemap and feed.</param>
/// <param name="ClinicName">The clinic's name.</param>
/// <param name="ClinicPhone">The clinic's phone number, shown on pages.</param>
/// <param name="ClinicEmail">The clinic's email address, shown on pages.</param>
/// <param name="ReplyPromise">What the thanks page promises about when and how the clinic replies.</param>
/// <param name="CrisisText">The calm notice shown on article and contact pages.</param>
/// <param name="CrisisLines">Phone lines for a person in crisis.</param>
/// <param name="QuickExitUrl">The neutral site the quick-exit button goes to.</param>
/// <param name="DiscreetTab">When true, every page has the same neutral title and icon.</param>
/// <param name="DiscreetTitle">The neutral title used when <paramref name="DiscreetTab"/> is on.</param>
public sealed record SiteSettings(
    string Name,
    string Tagline,
    string? Welcome,
    string? BaseUrl,
    string? ClinicName,
    string? ClinicPhone,
    string? ClinicEmail,
    string ReplyPromise,
    string CrisisText,
    IReadOnlyList<CrisisLine> CrisisLines,
    string QuickExitUrl,
    bool DiscreetTab,
    string DiscreetTitle)
{
    /// <summary>How soon a reply is promised (<c>reply_within</c>); null when site.yml promises no time.</summary>
    public ReplyWindow? ReplyWithin { get; init; }

    /// <summary>The reading age the site expects articles to stay within by default: the NHS aims at 9 to 11, 14 leaves room for clinical words.</summary>
    public const int DefaultReadingAgeWarningAbove = 14;

    /// <summary>An article whose reading age is above this gets a warning (<c>reading_age_warning_above</c>).</summary>
    public int ReadingAgeWarningAbove { get; init; } = DefaultReadingAgeWarningAbove;

    /// <summary>Days the clinic is closed (<c>closed_dates</c>), skipped like weekends when a reply falls due.</summary>
    public IReadOnlyList<DateOnly> ClosedDates { get; init; } = [];

    /// <summary>The clinic's phone number as a <c>tel:</c> link, when there is one.</summary>
    /// <summary>
    /// True when site.yml says <c>crisis_lines: []</c> on purpose: a site with no crisis number may then start
    /// in Production. A missing or broken setting never counts as this.
    /// </summary>
    public bool CrisisLinesEmptyOnPurpose { get; init; }

    /// <summary>True when a crisis line in site.yml could not be read (so a reload keeps the last good ones).</summary>
    public bool CrisisLinesBroken { get; init; }

    public string? ClinicTelUri => ClinicPhone is null ? null : TelUris.For(ClinicPhone);

    /// <summary>What the site runs on when <c>site.yml</c> is missing or broken: calm, safe, complete.</summary>
    public static SiteSettings Defaults { get; } = new(
        Name: "Attachment Guide",
        Tagline: "Understanding attachment trauma, gently",
        Welcome: null,
        BaseUrl: null,
        ClinicName: null,
        ClinicPhone: null,
        ClinicEmail: null,
        ReplyPromise: "We usually reply within two working days, in the way you asked us to.",
        CrisisText: "This site is not monitored around the clock. If you are in danger now, call your local emergency number.",
        CrisisLines: [],
        QuickExitUrl: "https://www.bbc.co.uk/weather",
        DiscreetTab: false,
        DiscreetTitle: "Notes");
}
