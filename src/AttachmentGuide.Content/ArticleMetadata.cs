namespace AttachmentGuide.Content;

/// <summary>The optional front matter fields of an article.</summary>
/// <param name="Published">When the article was first published.</param>
/// <param name="Reviewed">When the article was last clinically reviewed.</param>
/// <param name="ReviewDue">When the next clinical review is due.</param>
/// <param name="Author">Who wrote or reviewed it.</param>
/// <param name="Tags">Topics, lowercase.</param>
/// <param name="Order">Position on the home page; lower comes first.</param>
/// <param name="Draft">True when the article is only served in Development.</param>
/// <param name="ContentNote">A note shown before the text, such as "mentions childhood neglect".</param>
public sealed record ArticleMetadata(
    DateOnly? Published,
    DateOnly? Reviewed,
    DateOnly? ReviewDue,
    string? Author,
    IReadOnlyList<string> Tags,
    int Order,
    bool Draft,
    string? ContentNote)
{
    /// <summary>Position given to articles without an <c>order</c>: after those with one.</summary>
    public const int DefaultOrder = 1000;

    /// <summary>True when a page appears in the site's header and footer navigation (<c>nav: true</c>).</summary>
    public bool Nav { get; init; }

    /// <summary>
    /// Earlier addresses of the article as written in <c>aliases:</c> (<c>old-slug</c> or <c>/guide/old-slug</c>),
    /// which answer with a permanent redirect to it.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The line of the <c>aliases:</c> value, for diagnostics; null without one.</summary>
    public int? AliasesLine { get; init; }

    /// <summary>True while a page is still marked <c>template: true</c> for staff to complete.</summary>
    public bool Template { get; init; }
}
