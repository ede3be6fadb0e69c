using AttachmentGuide.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// One content snapshot's full-text index: SQLite FTS5 (BM25 ranking, Porter stemming) in a shared-cache in-memory
/// database, read by a pooled connection per query and kept alive by one open connection. Read-only once built.
/// Queries take a reference (<see cref="TryEnter"/>); the database closes when the owner has let go
/// (<see cref="Dispose"/>) and the last query in flight has finished.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Rows read per query before grouping them by article; more adds time, not better answers.</summary>
    private const int RowsPerQuery = 200;

    private readonly string _connectionString;
    private readonly SqliteConnection _keepAlive;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _similarityWords;
    private int _users = 1;
    private int _disposed;

    private SearchIndex(string connectionString, SqliteConnection keepAlive, IReadOnlyDictionary<string, IReadOnlyList<string>> similarityWords, int rows)
    {
        _connectionString = connectionString;
        _keepAlive = keepAlive;
        _similarityWords = similarityWords;
        Rows = rows;
    }

    /// <summary>Sections indexed (an article's opening counts as one).</summary>
    public int Rows { get; }

    /// <summary>Indexes every published article and page of <paramref name="library"/>; drafts never.</summary>
    public static SearchIndex Build(ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "ag-search-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        try
        {
            keepAlive.Open();
            var rows = SearchIndexWriter.Write(keepAlive, library);
            var similarity = library.All.Where(a => !a.Metadata.Draft)
                .ToDictionary(a => a.Slug, SimilarityWords, StringComparer.Ordinal);
            return new SearchIndex(connectionString, keepAlive, similarity, rows);
        }
        catch
        {
            keepAlive.Dispose();
            throw;
        }
    }

    /// <summary>Takes a reference for one query; false once the index has closed (the caller takes the newer one).</summary>
    public bool TryEnter()
    {
        while (true)
        {
            var users = Volatile.Read(ref _users);
            if (users == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _users, users + 1, users) == users)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back the reference <see cref="TryEnter"/> took.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _users) == 0)
        {
            // Pooled connections keep a shared in-memory database alive too: clear them with the last one.
            SqliteConnection.ClearPool(_keepAlive);
            _keepAlive.Dispose();
        }
    }

    /// <summary>The owner lets go; the database closes when the last query in flight has finished.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Exit();
        }
    }

    /// <summary>The best matches, best first, one per article or page, each at its best-matching section.</summary>
    public IReadOnlyList<SearchResult> Search(string match, int max)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT name, kind, slug, anchor, heading, snippet(doc, 2, $start, $end, '…', 18) FROM doc " +
            "WHERE doc MATCH $match ORDER BY rank LIMIT $rows";
        command.Parameters.AddWithValue("$start", SearchText.MarkStart.ToString());
        command.Parameters.AddWithValue("$end", SearchText.MarkEnd.ToString());
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$rows", RowsPerQuery);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<SearchResult>();
        using var reader = command.ExecuteReader();
        while (results.Count < max && reader.Read())
        {
            var kind = reader.GetString(1);
            var slug = reader.GetString(2);
            if (!seen.Add(kind + slug))
            {
                continue;
            }

            var anchor = reader.GetString(3);
            var address = kind == SearchIndexWriter.PageKind ? SiteUrls.Page(slug) : SiteUrls.Article(slug);
            results.Add(new SearchResult(
                reader.GetString(0),
                anchor.Length == 0 ? address : address + "#" + anchor,
                anchor.Length == 0 ? null : reader.GetString(4),
                SnippetPart.Split(reader.GetString(5))));
        }

        return results;
    }

    /// <summary>
    /// The published articles most like <paramref name="slug"/> (its title, tags and headings against their titles
    /// and tags, ranked by BM25),
    /// best first, never the article itself; empty for an unknown slug.
    /// </summary>
    public IReadOnlyList<string> SimilarTo(string slug, int max)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (max <= 0 || !_similarityWords.TryGetValue(slug, out var words) || words.Count == 0)
        {
            return [];
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT slug FROM doc WHERE doc MATCH $match AND kind = $kind ORDER BY rank LIMIT $rows";
        // Matched against other articles' titles and tags only: what an article is about, not a word in passing.
        command.Parameters.AddWithValue("$match", "{title tags} : (" + SearchQuery.Match(words, everyWord: false) + ")");
        command.Parameters.AddWithValue("$kind", SearchIndexWriter.ArticleKind);
        command.Parameters.AddWithValue("$rows", RowsPerQuery);
        var similar = new List<string>();
        using var reader = command.ExecuteReader();
        while (similar.Count < max && reader.Read())
        {
            var other = reader.GetString(0);
            if (other != slug && !similar.Contains(other))
            {
                similar.Add(other);
            }
        }

        return similar;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static IReadOnlyList<string> SimilarityWords(Article article)
    {
        var text = string.Join(' ', [article.Title, .. article.Metadata.Tags, .. article.Sections.Select(s => s.Heading)]);
        return SearchQuery.Parse(text).Terms.ToList();
    }
}
