using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace AttachmentGuide.Web.Search;

/// <summary>
/// The answers to recent searches on one index, so a search that many readers make ("anxiety", "sleep") is ranked once
/// per snapshot rather than once per reader: ranking is most of a search's cost. Bounded (it starts again when
/// full), kept only in memory and dropped with its index. The words are not kept: an entry is found by a hash of
/// them keyed with a random secret that lives and dies with the cache.
/// </summary>
public sealed class SearchResultCache(int capacity)
{
    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, IReadOnlyList<SearchResult>> _results = new(StringComparer.Ordinal);

    public IReadOnlyList<SearchResult> GetOrAdd(SearchQuery query, Func<SearchQuery, IReadOnlyList<SearchResult>> search)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(search);
        if (capacity == 0)
        {
            return search(query);
        }

        var key = Convert.ToBase64String(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(string.Join('\n', query.Terms))));
        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var results = search(query);
        if (_results.Count >= capacity)
        {
            _results.Clear();
        }

        _results[key] = results;
        return results;
    }
}
