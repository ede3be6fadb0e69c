using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Browser.Tests.Accessibility;

/// <summary>
/// The content history, compare, rename, delete and deleted-files pages as an admin sees them. The browser site serves
/// the repository's own content, so nothing here writes a file: an earlier version of the seed article and one deleted
/// file are put straight into the history table, as the editor would have left them.
/// </summary>
public static class HistoryPageStates
{
    public const string SeedPath = "articles/" + SitePages.ArticleSlug + ".md";

    public const string DeletedPath = "articles/an-article-deleted-for-browser-tests.md";

    public static readonly string[] States = ["content history", "content compare", "content rename", "content delete", "content deleted"];

    public static TheoryData<string> StateData() => [.. States];

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    public static async Task OpenAsync(BrowserSession session, string state)
    {
        ArgumentNullException.ThrowIfNull(session);
        var versionId = await SeedAsync(session);
        await SitePages.SignInAsStaffAsync(session);
        var path = state switch
        {
            "content history" => "/staff/content/history?path=" + Uri.EscapeDataString(SeedPath),
            "content compare" => "/staff/content/history/compare?id=" + versionId,
            "content rename" => "/staff/content/rename?path=" + Uri.EscapeDataString(SeedPath),
            "content delete" => "/staff/content/delete?path=" + Uri.EscapeDataString(SeedPath),
            "content deleted" => "/staff/content/deleted",
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown page state."),
        };
        var response = await session.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"{path} answered {response?.Status}");
    }

    /// <summary>Adds the two history rows once per site (the site has made the table at start); returns the earlier version's id.</summary>
    private static async Task<long> SeedAsync(BrowserSession session)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await Seeding.WaitAsync(cancellationToken);
        try
        {
            await using var connection = new SqliteConnection($"Data Source={session.DatabasePath};Pooling=False;Default Timeout=30");
            await connection.OpenAsync(cancellationToken);
            await using (var existing = connection.CreateCommand())
            {
                existing.CommandText = "SELECT Id FROM ContentVersions WHERE RelativePath = $path AND SavedBy = 'browser-tests@clinic.example' ORDER BY Id LIMIT 1";
                existing.Parameters.AddWithValue("$path", SeedPath);
                if (await existing.ExecuteScalarAsync(cancellationToken) is long id)
                {
                    return id;
                }
            }

            var current = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Content, SeedPath), cancellationToken);
            var earlier = current.Replace("title: What Causes Attachment Trauma?", "title: Where Attachment Trauma Comes From", StringComparison.Ordinal)
                + "\nA closing paragraph that a later save removed.\n";
            await InsertAsync(connection, SeedPath, SitePages.ArticleSlug, earlier, "saved", cancellationToken);
            await InsertAsync(connection, DeletedPath, "an-article-deleted-for-browser-tests", "---\ntitle: An article deleted for the browser tests\nsummary: Gone, and restorable.\n---\n\nWords.\n", "deleted", cancellationToken);
            return await FirstVersionIdAsync(connection, cancellationToken);
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static async Task<long> FirstVersionIdAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM ContentVersions WHERE RelativePath = $path ORDER BY Id LIMIT 1";
        command.Parameters.AddWithValue("$path", SeedPath);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task InsertAsync(SqliteConnection connection, string path, string slug, string text, string change, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO ContentVersions (Kind, Slug, RelativePath, Text, Hash, SavedAt, SavedBy, Change)
            VALUES ('Article', $slug, $path, $text, $hash, $at, 'browser-tests@clinic.example', $change)
            """;
        command.Parameters.AddWithValue("$slug", slug);
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$hash", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
        command.Parameters.AddWithValue("$at", "2026-11-30 10:15:00");
        command.Parameters.AddWithValue("$change", change);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
