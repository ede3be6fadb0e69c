using AttachmentGuide.Content;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Search;

/// <summary>Writes a snapshot into a new FTS5 table: one row per opening, section and subsection, in one transaction.</summary>
internal static class SearchIndexWriter
{
    public const string ArticleKind = "a";
    public const string PageKind = "p";

    // Porter over unicode61: English stemming ("healing" finds "heal"), accents folded. The display fields are
    // UNINDEXED: stored for the result, never matched.
    private const string Schema =
        "CREATE VIRTUAL TABLE doc USING fts5(title, heading, body, tags, " +
        "name UNINDEXED, kind UNINDEXED, slug UNINDEXED, anchor UNINDEXED, " +
        "tokenize = 'porter unicode61 remove_diacritics 2');" +
        // A title match weighs most, then tags, then a heading, then the text.
        "INSERT INTO doc(doc, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0, 6.0)');";

    private static readonly string[] Columns = ["$title", "$heading", "$body", "$tags", "$name", "$kind", "$slug", "$anchor"];

    public static int Write(SqliteConnection connection, ContentLibrary library)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        var rows = 0;
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO doc(title, heading, body, tags, name, kind, slug, anchor) " +
                "VALUES($title, $heading, $body, $tags, $name, $kind, $slug, $anchor)";
            var parameters = Columns
                .Select(name => insert.Parameters.Add(name, SqliteType.Text))
                .ToArray();
            insert.Prepare();
            void Row(string title, string heading, string body, string tags, string name, string kind, string slug, string anchor)
            {
                string[] values = [title, heading, body, tags, name, kind, slug, anchor];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i];
                }

                insert.ExecuteNonQuery();
                rows++;
            }

            foreach (var (article, kind) in Published(library))
            {
                var title = article.Subtitle is null ? article.Title : article.Title + " " + article.Subtitle;
                var opening = SearchText.Plain(article.Summary) + " " + SearchText.FromHtml(article.LeadHtml);
                Row(title, string.Empty, opening, string.Join(' ', article.Metadata.Tags), article.Title, kind, article.Slug, string.Empty);
                foreach (var section in article.Sections.SelectMany(s => (IEnumerable<Section>)[s, .. s.Subsections]))
                {
                    Row(string.Empty, section.Heading, SearchText.FromHtml(section.Html), string.Empty, article.Title, kind, article.Slug, section.Id);
                }
            }

            transaction.Commit();
        }

        using var optimize = connection.CreateCommand();
        // One b-tree segment instead of many: queries read less.
        optimize.CommandText = "INSERT INTO doc(doc) VALUES('optimize')";
        optimize.ExecuteNonQuery();
        return rows;
    }

    private static IEnumerable<(Article Article, string Kind)> Published(ContentLibrary library) =>
        library.All.Where(a => !a.Metadata.Draft).Select(a => (a, ArticleKind))
            .Concat(library.Pages.Where(p => !p.Metadata.Draft).Select(p => (p, PageKind)));
}
