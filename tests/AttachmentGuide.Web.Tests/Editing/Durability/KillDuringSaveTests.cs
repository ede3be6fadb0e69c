using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Tests.Editing.Pages;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.Durability;

/// <summary>
/// The site as its own process, killed with SIGKILL while an editor saves again and again: the article on disk is
/// always one whole version (the one before or one that was sent), never truncated or empty. Repeated, since a kill
/// lands at a different moment of the write each time.
/// </summary>
public sealed class KillDuringSaveTests : IDisposable
{
    private const int Rounds = 10;
    private const string Email = "kill-test-editor@clinic.example";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly SiteDataFolder _data = new("ag-kill-save-");
    private readonly string _content = CopiedContentSiteFactory.CopyOfRealContent();

    private string ArticleFile => Path.Combine(_content, "articles", StaffTestData.Article + ".md");

    [Fact]
    public async Task A_kill_during_repeated_saves_never_leaves_a_truncated_or_empty_file()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var added = await CliRunner.RunAsync(Path.GetTempPath(), StaffTestData.Password + "\n", Environment(), "staff", "add", Email, "--role", "editor", "--password-stdin");
        Assert.True(added.ExitCode == 0, added.StandardOutput + added.StandardError);
        var whole = new HashSet<string>(StringComparer.Ordinal) { await File.ReadAllTextAsync(ArticleFile, cancellation) };
        var random = new Random(17);
        for (var round = 0; round < Rounds; round++)
        {
            await using var site = await SiteProcess.StartAsync(Environment(), Path.GetTempPath(), StartTimeout, cancellation);
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
            using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
            await SignInAsync(client);
            using var stop = new CancellationTokenSource();
            var saves = 0;
            var saving = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var page = await GetAsync(client, EditorForm.EditPath(EditorForm.Article));
                        // Large enough that a write takes a while, so the kill often lands inside one.
                        var body = $"## Round {round}, save {i}\n\n" + string.Concat(Enumerable.Repeat($"Words of save {i} in round {round}. ", 4000));
                        lock (whole)
                        {
                            // About to be sent, so possibly written: the kill may come after the write but before the answer.
                            whole.Add(body.TrimEnd());
                        }

                        var values = EditorForm.Values(page).Where(v => v.Key != "Body").Append(new("Body", body)).ToList();
                        using var response = await client.PostAsync(new Uri(EditorForm.ActionOf(page, "Save"), UriKind.Relative), new FormUrlEncodedContent(values), stop.Token);
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            Interlocked.Increment(ref saves);
                        }

                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
                    {
                        return;
                    }
                }
            }, cancellation);

            // Kill after the first save went through, a little later each round, so the kill meets every step of a write.
            while (Volatile.Read(ref saves) == 0 && !saving.IsCompleted)
            {
                await Task.Delay(20, cancellation);
            }

            Assert.True(Volatile.Read(ref saves) > 0, $"Round {round}: no save went through before the kill:\n{site.Output}");
            await Task.Delay(random.Next(0, 300), cancellation);
            site.Kill();
            await stop.CancelAsync();
            await saving.WaitAsync(TimeSpan.FromSeconds(30), cancellation);

            var onDisk = await File.ReadAllTextAsync(ArticleFile, cancellation);
            Assert.False(string.IsNullOrWhiteSpace(onDisk), $"Round {round}: the file is empty after the kill");
            var parts = AttachmentGuide.Web.Editing.ContentFileText.Split(onDisk);
            lock (whole)
            {
                Assert.True(
                    whole.Contains(onDisk) || whole.Contains(parts.Body.TrimEnd()),
                    $"Round {round}: the file is not a whole version ({onDisk.Length} characters, ends '{onDisk[^Math.Min(60, onDisk.Length)..]}')");
            }

            Assert.True(onDisk.EndsWith('\n'), $"Round {round}: the file does not end with its last line");
        }
    }

    public void Dispose()
    {
        _data.Dispose();
        try
        {
            Directory.Delete(_content, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Dictionary<string, string> Environment()
    {
        var environment = SiteEnvironment.For(_data, "Production");
        environment["Content__Path"] = _content;
        return environment;
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var login = await GetAsync(client, "/staff/login");
        var token = login.QuerySelector($"input[name={StaffBrowser.AntiforgeryField}]")!.GetAttribute("value")!;
        using var response = await client.PostAsync(new Uri("/staff/login", UriKind.Relative), new FormUrlEncodedContent([
            new(StaffBrowser.AntiforgeryField, token), new("ReturnUrl", string.Empty), new("Input.Email", Email), new("Input.Password", StaffTestData.Password),
        ]), TestContext.Current.CancellationToken);
        Assert.Equal("/staff/content", response.Headers.Location?.OriginalString);
    }

    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlHelpers.ParseAsync(response);
    }
}
