using AttachmentGuide.Content;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// What each index row stands for, by row id (1 up): an article's or page's opening, or one of its sections. The rows
/// point into the snapshot; their words are derived from its HTML when FTS5 asks (<see cref="Text"/>), never stored.
/// </summary>
public sealed class SearchRows
{
    /// <summary>Column numbers, in the order of the index's columns.</summary>
    public const int Title = 0, Heading = 1, Body = 2, Tags = 3;

    private readonly SearchRow[] _rows;

    private SearchRows(SearchRow[] rows) => _rows = rows;

    public int Count => _rows.Length;

    /// <summary>Row <paramref name="id"/>, as FTS5 numbers it (from 1).</summary>
    public SearchRow this[long id] => _rows[id - 1];

    /// <summary>One row per opening, section and subsection of every published article and page; drafts never.</summary>
    public static SearchRows From(ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var rows = new List<SearchRow>();
        void Add(Article article, bool isPage)
        {
            rows.Add(new SearchRow(article, null, isPage));
            foreach (var section in article.Sections)
            {
                rows.Add(new SearchRow(article, section, isPage));
                rows.AddRange(section.Subsections.Select(s => new SearchRow(article, s, isPage)));
            }
        }

        foreach (var article in library.All.Where(a => !a.Metadata.Draft))
        {
            Add(article, isPage: false);
        }

        foreach (var page in library.Pages.Where(p => !p.Metadata.Draft))
        {
            Add(page, isPage: true);
        }

        return new SearchRows([.. rows]);
    }

    /// <summary>
    /// The text of one column of row <paramref name="id"/>: the same every time it is asked for, since FTS5 finds a
    /// snippet's words by their positions in what it indexed.
    /// </summary>
    public string Text(long id, int column)
    {
        var (article, section, _) = this[id];
        return (column, section) switch
        {
            (Title, null) => article.Subtitle is null ? article.Title : article.Title + " " + article.Subtitle,
            (Heading, not null) => section.Heading,
            (Body, null) => SearchText.Plain(article.Summary) + " " + SearchText.FromHtml(article.LeadHtmlUtf8),
            (Body, not null) => SearchText.FromHtml(section.HtmlUtf8),
            (Tags, null) => string.Join(' ', article.Metadata.Tags),
            _ => string.Empty,
        };
    }
}

/// <summary>One index row: an article's opening (<paramref name="Section"/> null) or one of its sections.</summary>
public readonly record struct SearchRow(Article Article, Section? Section, bool IsPage);
