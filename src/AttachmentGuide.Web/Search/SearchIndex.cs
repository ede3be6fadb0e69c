using System.Collections.Concurrent;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// One content snapshot's full-text index: SQLite FTS5 (BM25 ranking, Porter stemming) in an in-memory database
/// that several connections share (the <c>memdb</c> VFS, so readers on two cores do not queue behind one cache's
/// lock). The index holds no copy of the text: FTS5 reads a section's words back from the snapshot's own HTML only
/// to cut a snippet (see <see cref="SearchIndexWriter"/>). Read-only once built. Queries take a reference
/// (<see cref="TryEnter"/>); the database closes when the owner has let go (<see cref="Dispose"/>) and the last
/// query in flight has finished.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Rows read per query before grouping them by article; more adds time, not better answers.</summary>
    private const int RowsPerQuery = 200;

    /// <summary>Words a snippet shows around the matched ones.</summary>
    private const int SnippetWords = 18;

    private readonly string _connectionString;
    private readonly SqliteConnection _keepAlive;
    private readonly SearchRows _rows;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _similarityWords;
    private readonly ConcurrentBag<IndexReader> _idleReaders = [];
    private int _users = 1;
    private int _disposed;

    private SearchIndex(string connectionString, SqliteConnection keepAlive, SearchRows rows, IReadOnlyDictionary<string, IReadOnlyList<string>> similarityWords)
    {
        _connectionString = connectionString;
        _keepAlive = keepAlive;
        _rows = rows;
        _similarityWords = similarityWords;
    }

    /// <summary>Sections indexed (an article's opening counts as one).</summary>
    public int Rows => _rows.Count;

    /// <summary>Indexes every published article and page of <paramref name="library"/>; drafts never.</summary>
    public static SearchIndex Build(ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        // A name starting with '/' under memdb is one database for every connection of this process that opens it.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "file:/ag-search-" + Guid.NewGuid().ToString("N") + "?vfs=memdb",
            Pooling = false,
        }.ToString();
        var rows = SearchRows.From(library);
        var keepAlive = new SqliteConnection(connectionString);
        try
        {
            keepAlive.Open();
            SearchIndexWriter.Write(keepAlive, rows);
            var similarity = library.All.Where(a => !a.Metadata.Draft)
                .ToDictionary(a => a.Slug, SimilarityWords, StringComparer.Ordinal);
            return new SearchIndex(connectionString, keepAlive, rows, similarity);
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
            // No query is running: every reader is idle, and the database goes with the last connection.
            while (_idleReaders.TryTake(out var reader))
            {
                reader.Dispose();
            }

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
        var reader = Rent();
        try
        {
            // FTS5 ranks every match first; the snippet (which reads the row's text back) is cut only for the rows
            // read here, and reading stops at the last article shown.
            var results = new List<SearchResult>(max);
            var seen = new HashSet<Article>(ReferenceEqualityComparer.Instance);
            foreach (var (id, snippet) in reader.RankedWithSnippets(match, RowsPerQuery))
            {
                var row = _rows[id];
                if (!seen.Add(row.Article))
                {
                    continue;
                }

                var address = row.IsPage ? SiteUrls.Page(row.Article.Slug) : SiteUrls.Article(row.Article.Slug);
                results.Add(new SearchResult(
                    row.Article.Title,
                    row.Section is null ? address : address + "#" + row.Section.Id,
                    row.Section?.Heading,
                    SnippetPart.Split(snippet)));
                if (results.Count == max)
                {
                    break;
                }
            }

            return results;
        }
        finally
        {
            Return(reader);
        }
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

        // Matched against other articles' titles and tags only: what an article is about, not a word in passing.
        var match = "{title tags} : (" + SearchQuery.Match(words, everyWord: false) + ")";
        var similar = new List<string>();
        var reader = Rent();
        try
        {
            foreach (var id in reader.Ranked(match, RowsPerQuery))
            {
                var row = _rows[id];
                if (!row.IsPage && row.Article.Slug != slug && !similar.Contains(row.Article.Slug))
                {
                    similar.Add(row.Article.Slug);
                    if (similar.Count == max)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            Return(reader);
        }

        return similar;
    }

    private IndexReader Rent() => _idleReaders.TryTake(out var reader) ? reader : new IndexReader(_connectionString, _rows);

    private void Return(IndexReader reader) => _idleReaders.Add(reader);

    private static IReadOnlyList<string> SimilarityWords(Article article)
    {
        var text = string.Join(' ', [article.Title, .. article.Metadata.Tags, .. article.Sections.Select(s => s.Heading)]);
        return SearchQuery.Parse(text).Terms.ToList();
    }

    /// <summary>One connection and its prepared queries, used by one query at a time and then kept for the next.</summary>
    private sealed class IndexReader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _ranked;
        private readonly SqliteParameter _rankedMatch;
        private readonly SqliteCommand _withSnippets;
        private readonly SqliteParameter _withSnippetsMatch;

        public IndexReader(string connectionString, SearchRows rows)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            using (var pragma = _connection.CreateCommand())
            {
                // Read the shared pages where they are rather than copy them into each reader's own cache.
                pragma.CommandText = "PRAGMA mmap_size = 1073741824";
                pragma.ExecuteNonQuery();
            }

            SearchIndexWriter.AddTextFunction(_connection, rows);
            _ranked = _connection.CreateCommand();
            _ranked.CommandText = "SELECT rowid FROM doc WHERE doc MATCH $match ORDER BY rank LIMIT $rows";
            _rankedMatch = _ranked.Parameters.Add("$match", SqliteType.Text);
            _ranked.Parameters.AddWithValue("$rows", RowsPerQuery);
            _withSnippets = _connection.CreateCommand();
            _withSnippets.CommandText =
                "SELECT rowid, snippet(doc, 2, $start, $end, '…', $words) FROM doc WHERE doc MATCH $match ORDER BY rank LIMIT $rows";
            _withSnippets.Parameters.AddWithValue("$start", SearchText.MarkStart.ToString());
            _withSnippets.Parameters.AddWithValue("$end", SearchText.MarkEnd.ToString());
            _withSnippets.Parameters.AddWithValue("$words", SnippetWords);
            _withSnippets.Parameters.AddWithValue("$rows", RowsPerQuery);
            _withSnippetsMatch = _withSnippets.Parameters.Add("$match", SqliteType.Text);
        }

        /// <summary>Row ids, best first.</summary>
        public List<int> Ranked(string match, int rows)
        {
            _rankedMatch.Value = match;
            _ranked.Parameters["$rows"].Value = rows;
            var ids = new List<int>();
            using var reader = _ranked.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt32(0));
            }

            return ids;
        }

        /// <summary>Row ids best first, each with a passage around the matched words, which it marks; read lazily.</summary>
        public IEnumerable<(int Id, string Snippet)> RankedWithSnippets(string match, int rows)
        {
            _withSnippetsMatch.Value = match;
            _withSnippets.Parameters["$rows"].Value = rows;
            using var reader = _withSnippets.ExecuteReader();
            while (reader.Read())
            {
                yield return (reader.GetInt32(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1));
            }
        }

        public void Dispose()
        {
            _ranked.Dispose();
            _withSnippets.Dispose();
            _connection.Dispose();
        }
    }
}
