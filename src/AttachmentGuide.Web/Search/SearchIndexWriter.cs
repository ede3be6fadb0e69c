using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// Writes a snapshot into a new FTS5 table: one row per opening, section and subsection, in one transaction. The table
/// is external-content: FTS5 keeps its inverted index and nothing of the text, and reads a row's text back, for a
/// snippet, through a view whose columns call <see cref="TextFunction"/>, which derives it from the snapshot's HTML.
/// </summary>
internal static class SearchIndexWriter
{
    /// <summary>The SQL function, <c>doc_text(id, column)</c>, through which FTS5 reads a row's text.</summary>
    public const string TextFunction = "doc_text";

    // Porter over unicode61: English stemming ("healing" finds "heal"), accents folded. 'rows' only numbers the
    // rows for the view; the text is never in a table.
    private const string Schema =
        "CREATE TABLE rows(id INTEGER PRIMARY KEY);" +
        "CREATE VIEW row_text AS SELECT id, " + TextFunction + "(id, 0) AS title, " + TextFunction + "(id, 1) AS heading, " +
        TextFunction + "(id, 2) AS body, " + TextFunction + "(id, 3) AS tags FROM rows;" +
        "CREATE VIRTUAL TABLE doc USING fts5(title, heading, body, tags, content = 'row_text', content_rowid = 'id', " +
        "tokenize = 'porter unicode61 remove_diacritics 2');" +
        // A title match weighs most, then tags, then a heading, then the text.
        "INSERT INTO doc(doc, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0, 6.0)');";

    /// <summary>Lets <paramref name="connection"/> read the text of <paramref name="rows"/> (every connection that snippets needs it).</summary>
    public static void AddTextFunction(SqliteConnection connection, SearchRows rows) =>
        connection.CreateFunction<long, int, string>(TextFunction, rows.Text, isDeterministic: true);

    public static void Write(SqliteConnection connection, SearchRows rows)
    {
        AddTextFunction(connection, rows);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO rows(id) VALUES($id);" +
                "INSERT INTO doc(rowid, title, heading, body, tags) VALUES($id, $title, $heading, $body, $tags)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            SqliteParameter[] columns =
            [
                insert.Parameters.Add("$title", SqliteType.Text),
                insert.Parameters.Add("$heading", SqliteType.Text),
                insert.Parameters.Add("$body", SqliteType.Text),
                insert.Parameters.Add("$tags", SqliteType.Text),
            ];
            for (long row = 1; row <= rows.Count; row++)
            {
                id.Value = row;
                for (var column = 0; column < columns.Length; column++)
                {
                    columns[column].Value = rows.Text(row, column);
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using var optimize = connection.CreateCommand();
        // One b-tree segment instead of many: queries read less.
        optimize.CommandText = "INSERT INTO doc(doc) VALUES('optimize')";
        optimize.ExecuteNonQuery();
    }
}
