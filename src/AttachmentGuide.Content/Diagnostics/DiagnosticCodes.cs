namespace AttachmentGuide.Content.Diagnostics;

/// <summary>
/// Every diagnostic code the content checker can report. The numbers are stable: staff and the
/// README refer to them. 01xx are errors in an article (012x: a file the site refuses to read), 02xx warnings in an article, 03xx site settings.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>The front matter is not valid YAML, or is not closed.</summary>
    public const string FrontMatterSyntax = "AG0101";

    /// <summary>The required <c>title</c> field is missing or empty.</summary>
    public const string MissingTitle = "AG0102";

    /// <summary>The required <c>summary</c> field is missing or empty.</summary>
    public const string MissingSummary = "AG0103";

    /// <summary>Two files claim the same slug.</summary>
    public const string DuplicateSlug = "AG0104";

    /// <summary>The slug (given or taken from the file name) is not lowercase letters, digits and hyphens.</summary>
    public const string InvalidSlug = "AG0105";

    /// <summary>The file cannot be read, or is not UTF-8 text.</summary>
    public const string UnreadableFile = "AG0106";

    /// <summary>A field whose value decides whether the article is public could not be understood.</summary>
    public const string InvalidRequiredValue = "AG0107";

    /// <summary>The file does not start with a front matter block.</summary>
    public const string MissingFrontMatter = "AG0108";

    /// <summary>A heading's custom id (<c>{#id}</c>) that another heading of the article also has.</summary>
    public const string DuplicateHeadingId = "AG0110";

    /// <summary>A heading's custom id that is not a valid id, or that the page's layout uses itself.</summary>
    public const string InvalidHeadingId = "AG0111";

    /// <summary>An alias that is another article's (or page's) address or alias; the alias is dropped.</summary>
    public const string AliasCollision = "AG0112";

    /// <summary>An alias that cannot be an address of this site (<c>..</c>, a query, a scheme, a reserved path); it is dropped.</summary>
    public const string InvalidAlias = "AG0113";

    /// <summary>The file, or its front matter, is larger than the site reads (see <see cref="Limits.ContentLimits"/>).</summary>
    public const string TooLarge = "AG0120";

    /// <summary>Markdown nested more deeply than the site reads: quotes, lists, brackets or emphasis.</summary>
    public const string TooDeeplyNested = "AG0121";

    /// <summary>Reading the file failed in a way no other code covers; the file is left out and the rest of the site serves.</summary>
    public const string ReadFailed = "AG0122";

    /// <summary>A front matter key the site does not know.</summary>
    public const string UnknownKey = "AG0201";

    /// <summary>The article has no <c>##</c> sections.</summary>
    public const string NoSections = "AG0202";

    /// <summary>A heading skips a level, such as <c>####</c> straight after <c>##</c>.</summary>
    public const string HeadingLevelSkipped = "AG0203";

    /// <summary>Raw HTML, which is shown as text rather than rendered.</summary>
    public const string RawHtml = "AG0204";

    /// <summary>An image without alternative text.</summary>
    public const string ImageWithoutAlt = "AG0205";

    /// <summary>A link to an article that does not exist.</summary>
    public const string BrokenLink = "AG0206";

    /// <summary>A link to an anchor (section) that does not exist.</summary>
    public const string BrokenAnchor = "AG0207";

    /// <summary>The <c>review_due</c> date has passed.</summary>
    public const string ReviewOverdue = "AG0208";

    /// <summary>A link or image whose address is not http, https, mailto, tel or relative.</summary>
    public const string UnsafeLink = "AG0209";

    /// <summary>A <c>#</c> heading in the body; the page title is the only level-one heading.</summary>
    public const string HeadingOneInBody = "AG0210";

    /// <summary>A front matter value of the wrong kind; the field is ignored.</summary>
    public const string InvalidValue = "AG0211";

    /// <summary>An image loaded from another site, which would tell that site who reads the page.</summary>
    public const string ExternalImage = "AG0212";

    /// <summary>A draft with the slug of a published article: the published one keeps its address.</summary>
    public const string DraftSharesSlug = "AG0213";

    /// <summary>A page whose address the site uses itself (<c>contact</c>, <c>guide</c>…); the page is left out.</summary>
    public const string ReservedPageSlug = "AG0109";

    /// <summary>An attribute block (<c>{.class}</c>, <c>{key=value}</c>, an id on anything but a heading) that is dropped.</summary>
    public const string AttributeDropped = "AG0214";

    /// <summary>A tag with no letter or digit in it, which cannot have a topic page; it is not shown.</summary>
    public const string TagWithoutAddress = "AG0215";

    /// <summary>
    /// A template still to complete: <c>template: true</c> in the front matter, or a <c>TO COMPLETE</c> note in
    /// the text (the note is never shown to readers).
    /// </summary>
    public const string TemplateIncomplete = "AG0220";

    /// <summary><c>draft</c> written as yes/no/on/off: understood, but only true/false are accepted spellings.</summary>
    public const string DraftSpelling = "AG0221";

    /// <summary>A file the site does not read: a <c>.markdown</c> file, or one outside articles/, pages/ and images/.</summary>
    public const string IgnoredFile = "AG0222";

    /// <summary>
    /// An article whose reading age (<see cref="Readability.ReadingAge"/>) is above <c>reading_age_warning_above</c> in
    /// <c>site.yml</c>; it points at the longest sentence.
    /// </summary>
    public const string ReadingAgeHigh = "AG0230";

    /// <summary>
    /// Not a problem: the code of the line <c>check-content</c> prints for each article and page, with its reading age,
    /// as compilers print information (<c>PATH: info CODE: message</c>).
    /// </summary>
    public const string ReadingAgeInfo = "AG0231";

    /// <summary><c>site.yml</c> is not valid YAML; the site runs on safe defaults.</summary>
    public const string SiteSyntax = "AG0301";

    /// <summary>A key in <c>site.yml</c> the site does not know.</summary>
    public const string SiteUnknownKey = "AG0302";

    /// <summary>A key in <c>site.yml</c> is missing or empty; a default is used.</summary>
    public const string SiteMissingKey = "AG0303";

    /// <summary>A value in <c>site.yml</c> of the wrong kind; a default is used.</summary>
    public const string SiteInvalidValue = "AG0304";

    /// <summary>
    /// A <c>crisis_lines</c> entry (or the whole setting) that cannot be read: an error, since people in danger
    /// would miss a number. A reload keeps the last good crisis lines.
    /// </summary>
    public const string CrisisLineUnreadable = "AG0305";

    /// <summary><c>reading_age_warning_above</c> in <c>site.yml</c> is not a whole number of years the site can use; the default is kept.</summary>
    public const string SiteReadingAgeInvalid = "AG0306";
}
