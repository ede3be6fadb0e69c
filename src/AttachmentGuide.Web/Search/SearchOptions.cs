using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Search;

/// <summary>Whether the site has search, and how long a search just after start-up waits for the index. Bound from <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// False: no index is built, <c>/search</c> says search is off, the header has no search box, and related
    /// reading comes from shared topics alone (for a very small machine, or to measure the site without it).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a search waits for the first index after a start before it is told to try again in a moment:
    /// long enough that a reader almost never sees that page, short enough that nobody waits in silence.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30", ErrorMessage = "Search:WaitForIndex must be between 00:00:00 and 00:00:30.")]
    public TimeSpan WaitForIndex { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Searches whose answers are kept per snapshot (see <see cref="SearchResultCache"/>); 0 ranks every search afresh.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "Search:CachedSearches must be between 0 and 100000.")]
    public int CachedSearches { get; set; } = 500;
}
