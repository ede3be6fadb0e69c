using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Content;

/// <summary>The front matter fields of an article, as staff write them, before validation of the whole article.</summary>
/// <param name="Title">The required title.</param>
/// <param name="Summary">The required summary.</param>
/// <param name="Slug">An explicit slug, overriding the file name.</param>
/// <param name="SlugPosition">Where the slug (or its absence) is reported.</param>
/// <param name="Subtitle">An optional subtitle.</param>
/// <param name="Metadata">The optional fields.</param>
public sealed record FrontMatter(string? Title, string? Summary, string? Slug, (int Line, int Column) SlugPosition, string? Subtitle, ArticleMetadata Metadata)
{
    /// <summary>Every key an article's front matter may use.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "summary", "slug", "subtitle", "published", "reviewed", "review_due",
        "author", "tags", "order", "draft", "content_note", "nav", "template", "aliases",
    ];

    // Built once: every article's front matter is checked against it.
    private static readonly HashSet<string> KnownKeys = Keys.ToHashSet(StringComparer.Ordinal);

    // A tag is shown as a link to its topic page, /topics/SLUG: one with nothing to make an address of has no page.
    private static List<string>? KeepTagsWithAddress(IReadOnlyList<string>? tags, YamlFields fields, DiagnosticBag diagnostics)
    {
        if (tags is null)
        {
            return null;
        }

        var kept = tags.Where(t => SlugRules.ToSlug(t).Length > 0).ToList();
        foreach (var tag in tags.Except(kept))
        {
            var (line, column) = fields.PositionOfValue("tags");
            diagnostics.Warning(
                DiagnosticCodes.TagWithoutAddress, line, column,
                $"the tag '{tag}' has no letter or digit, so it can have no topic page and is not shown",
                "Write the tag in words, like 'emotional regulation'");
        }

        return kept;
    }

    private static bool IsPlainBoolean(string word) =>
        word.Equals("true", StringComparison.OrdinalIgnoreCase) || word.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the fields from <paramref name="mapping"/>, reporting unknown keys and values of the
    /// wrong kind to <paramref name="diagnostics"/>. Lines are shifted by <paramref name="lineOffset"/>.
    /// </summary>
    public static FrontMatter Bind(YamlMappingNode mapping, DiagnosticBag diagnostics, int lineOffset)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var fields = YamlFields.From(mapping, KnownKeys, lineOffset);
        foreach (var (key, line, column) in fields.UnknownKeys)
        {
            var suggestion = KeySuggester.Suggest(key, Keys);
            diagnostics.Warning(
                DiagnosticCodes.UnknownKey, line, column,
                $"unknown front matter key '{key}'" + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"),
                suggestion is null
                    ? $"Remove it, or use one of: {string.Join(", ", Keys)}"
                    : $"Rename it to '{suggestion}'");
        }

        void Ignored(string key, string expected)
        {
            var (line, column) = fields.PositionOfValue(key);
            diagnostics.Warning(
                DiagnosticCodes.InvalidValue, line, column,
                $"'{key}' is not {expected}, so it is ignored",
                $"Write it as {expected}");
        }

        const string date = "a date like 2026-01-31";
        var published = fields.Date("published", out var bad);
        if (bad) Ignored("published", date);
        var reviewed = fields.Date("reviewed", out bad);
        if (bad) Ignored("reviewed", date);
        var reviewDue = fields.Date("review_due", out bad);
        if (bad) Ignored("review_due", date);
        var order = fields.Number("order", out bad);
        if (bad) Ignored("order", "a whole number like 10");
        var tags = fields.TextList("tags", out bad);
        if (bad) Ignored("tags", "a list like [grief, sleep]");
        tags = KeepTagsWithAddress(tags, fields, diagnostics);
        var aliases = fields.TextList("aliases", out bad);
        if (bad) Ignored("aliases", "a list like [old-name, /guide/old-name]");

        var draft = fields.Boolean("draft", out bad);
        if (bad)
        {
            // Whether an unfinished article goes public must never be guessed.
            var (line, column) = fields.PositionOfValue("draft");
            diagnostics.Error(
                DiagnosticCodes.InvalidRequiredValue, line, column,
                "'draft' must be true or false",
                "Write 'draft: true' to keep the article hidden, or 'draft: false' to publish it");
        }

        if (draft is not null && fields.Text("draft") is { } draftWord && !IsPlainBoolean(draftWord))
        {
            var (line, column) = fields.PositionOfValue("draft");
            diagnostics.Warning(
                DiagnosticCodes.DraftSpelling, line, column,
                $"'draft: {draftWord}' is read as '{(draft.Value ? "true" : "false")}', but the accepted values are true and false",
                $"Write 'draft: {(draft.Value ? "true" : "false")}'");
        }

        var nav = fields.Boolean("nav", out bad);
        if (bad) Ignored("nav", "true or false");
        var template = fields.Boolean("template", out bad);
        if (bad) Ignored("template", "true or false");
        if (template is true)
        {
            var (line, column) = fields.PositionOfValue("template");
            diagnostics.Warning(
                DiagnosticCodes.TemplateIncomplete, line, column,
                "this file is still marked 'template: true': its text is a template for staff to complete",
                "Complete the text, then remove the line 'template: true'");
        }

        foreach (var key in new[] { "title", "summary", "slug", "subtitle", "author", "content_note" })
        {
            if (fields.IsNotText(key))
            {
                Ignored(key, "plain text on one line");
            }
        }

        var metadata = new ArticleMetadata(
            published,
            reviewed,
            reviewDue,
            fields.Text("author"),
            tags?.Select(t => t.ToLowerInvariant()).Distinct().ToList() ?? [],
            order ?? ArticleMetadata.DefaultOrder,
            draft ?? false,
            fields.Text("content_note"))
        {
            Nav = nav ?? false,
            Template = template ?? false,
            Aliases = aliases ?? [],
            AliasesLine = fields.Has("aliases") ? fields.PositionOfValue("aliases").Line : null,
        };

        return new FrontMatter(
            fields.Text("title"),
            fields.Text("summary"),
            fields.Text("slug"),
            fields.Has("slug") ? fields.PositionOfValue("slug") : (1, 1),
            fields.Text("subtitle"),
            metadata);
    }
}
