using System.Diagnostics;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Tests.Infrastructure;
using AttachmentGuide.Web.Tests.Editing.Pages;
using Npgsql;

namespace AttachmentGuide.Web.Tests.Editing.Instances;

/// <summary>
/// Two instances on one PostgreSQL database and one content folder, as behind a load balancer with shared storage,
/// neither watching the folder (the Production default): a save through one instance's editor is served by the other.
/// </summary>
public sealed class ContentChangeAcrossInstancesTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private static readonly TimeSpan Promised = TimeSpan.FromSeconds(5);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_through_one_instance_is_served_by_the_other_within_five_seconds()
    {
        await SaveOnFirstServedBySecondAsync(loseListenConnections: false);
    }

    [Fact]
    public async Task An_instance_whose_listening_connection_was_cut_reconnects_and_serves_a_change_made_meanwhile()
    {
        // A notice sent while nobody listens is never delivered: the instance reloads once it is listening again.
        await SaveOnFirstServedBySecondAsync(loseListenConnections: true);
    }

    [Fact]
    public async Task A_file_changed_on_the_shared_folder_is_served_by_every_instance_that_polls_it()
    {
        // Shared storage raises no file-change event for a change made on another machine: each instance looks.
        var content = CopiedContentSiteFactory.CopyOfRealContent();
        var slug = "shared-" + Guid.NewGuid().ToString("N")[..10];
        var file = Path.Combine(content, "articles", slug + ".md");
        await File.WriteAllTextAsync(file, Text("Before the change"), Token);
        var settings = new Dictionary<string, string>(databases.SettingsFor(DatabaseOptions.Postgres, databases.Create()))
        {
            ["Content:PollSeconds"] = "1",
        };
        var sites = new[] { new SharedContentSite(content, settings), new SharedContentSite(content, settings) };
        try
        {
            var readers = sites.Select(site => site.CreatePlainClient()).ToArray();
            foreach (var reader in readers)
            {
                Assert.Equal("Before the change", await TitleAsync(reader, slug));
            }

            await File.WriteAllTextAsync(file, Text("Changed on disk"), Token);

            var clock = Stopwatch.StartNew();
            foreach (var reader in readers)
            {
                string? title;
                while ((title = await TitleAsync(reader, slug)) != "Changed on disk" && clock.Elapsed < Promised)
                {
                    await Task.Delay(50, Token);
                }

                Assert.Equal("Changed on disk", title);
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"served by both instances after {clock.ElapsedMilliseconds} ms");
        }
        finally
        {
            foreach (var site in sites)
            {
                await site.DisposeAsync();
            }

            Directory.Delete(content, recursive: true);
        }
    }

    private async Task SaveOnFirstServedBySecondAsync(bool loseListenConnections)
    {
        var content = CopiedContentSiteFactory.CopyOfRealContent();
        var slug = "shared-" + Guid.NewGuid().ToString("N")[..10];
        await File.WriteAllTextAsync(Path.Combine(content, "articles", slug + ".md"), Text("Before the change"), Token);
        var database = databases.Create();
        var settings = databases.SettingsFor(DatabaseOptions.Postgres, database);
        var first = new SharedContentSite(content, settings);
        var second = new SharedContentSite(content, settings);
        try
        {
            var reader = second.CreatePlainClient();
            // The second instance has drawn (and cached) the page as it was.
            Assert.Equal("Before the change", await TitleAsync(reader, slug));
            using var editor = await EditorForm.SignedInAsync(first);
            var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
            if (loseListenConnections)
            {
                Assert.True(await CutListenConnectionsAsync(database.ConnectionString) >= 2, "both instances were listening");
            }

            await EditorForm.SaveAndFollowAsync(editor, page, ("Input.Title", "After the change"));

            var clock = Stopwatch.StartNew();
            string? title;
            while ((title = await TitleAsync(reader, slug)) != "After the change" && clock.Elapsed < Promised)
            {
                await Task.Delay(50, Token);
            }

            Assert.Equal("After the change", title);
            TestContext.Current.TestOutputHelper?.WriteLine($"served by the other instance after {clock.ElapsedMilliseconds} ms");
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            Directory.Delete(content, recursive: true);
        }
    }

    /// <summary>Ends every instance's listening connection, as a database restart or a dropped network would.</summary>
    private static async Task<int> CutListenConnectionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Token);
        await using var cut = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
            connection);
        return Convert.ToInt32(await cut.ExecuteScalarAsync(Token), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?> TitleAsync(HttpClient reader, string slug) =>
        (await reader.GetDocumentAsync("/guide/" + slug)).QuerySelector("h1")?.TextContent.Trim();

    private static string Text(string title) =>
        $"---\ntitle: {title}\nsummary: An article two instances serve.\n---\n\n## Part\n\nWords on shared storage.\n";
}
