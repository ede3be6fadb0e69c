using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using AttachmentGuide.Web.Tests.Validity;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>The history, compare, rename, delete and deleted-files pages, in each state a person meets, are valid HTML (Nu Html Checker).</summary>
public sealed class HistoryHtmlValidityTests(HistorySiteFactory site) : IClassFixture<HistorySiteFactory>
{
    [Fact]
    public async Task Every_history_page_has_no_nu_checker_errors()
    {
        var vnu = Environment.GetEnvironmentVariable("VNU_JAR") ?? "/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar";
        SystemComponent.SkipOrFailWhenMissing(File.Exists(vnu) && HtmlValidityTests.FindJava() is not null, "The Nu Html Checker (vnu.jar) or java", "see HtmlValidityTests");
        var slug = HistoryTestContent.NewSlug("valid");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Valid & <sound>", "First body."));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Valid & <sound>", "Second body."));
        var gone = await HistoryTestContent.CreateAsync(site, HistoryTestContent.NewSlug("gone"), HistoryTestContent.ArticleText("Gone"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var first = (await HistoryTestContent.VersionsAsync(site, relative))[^1].Id;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task AddAsync(string name, Task<HttpResponseMessage> request)
        {
            using var response = await request;
            pages[name] = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var path = Uri.EscapeDataString(relative);
        await AddAsync("history", editor.GetAsync("/staff/content/history?path=" + path));
        await AddAsync("version", editor.GetAsync("/staff/content/history/version?id=" + first));
        await AddAsync("compare", editor.GetAsync("/staff/content/history/compare?id=" + first));
        await AddAsync("rename", editor.GetAsync("/staff/content/rename?path=" + path));
        var rename = await editor.GetDocumentAsync("/staff/content/rename?path=" + path);
        await AddAsync("rename refused", editor.PostFormFoundAsync(rename, "main form.contact-form", "/staff/content/rename?path=" + path, ("slug", "Not A Slug")));
        await AddAsync("delete", editor.GetAsync("/staff/content/delete?path=" + path));
        var delete = await editor.GetDocumentAsync("/staff/content/delete?path=" + Uri.EscapeDataString(gone));
        using (await editor.PostFormFoundAsync(delete, "main form.contact-form", "/staff/content/delete?path=" + Uri.EscapeDataString(gone)))
        {
        }

        await AddAsync("deleted (one listed, with the notice)", editor.GetAsync("/staff/content/deleted?done=deleted&path=" + Uri.EscapeDataString(gone)));
        await AddAsync("history of a deleted file", editor.GetAsync("/staff/content/history?path=" + Uri.EscapeDataString(gone)));
        await AddAsync("no such file", editor.GetAsync("/staff/content/history?path=..%2Fsite.yml"));

        var folder = Directory.CreateTempSubdirectory("ag-vnu-history-");
        try
        {
            var files = pages.Select((page, i) =>
            {
                var file = Path.Combine(folder.FullName, $"page{i}.html");
                File.WriteAllText(file, page.Value);
                return (page.Key, file);
            }).ToList();

            var messages = await HtmlValidityTests.RunVnuAsync(vnu, files.Select(f => f.file));

            Assert.Empty(messages.Select(m => $"{files.First(f => m.Url.EndsWith(Path.GetFileName(f.file), StringComparison.Ordinal)).Key}: {m.Message}"));
            // The pages checked are the pages meant: a sign-in page or an error page would pass the checker too.
            Assert.All(pages.Where(p => p.Key != "no such file"), p => Assert.Contains("staff-nav", p.Value, StringComparison.Ordinal));
            Assert.Contains("diff-line--added", pages["compare"], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
