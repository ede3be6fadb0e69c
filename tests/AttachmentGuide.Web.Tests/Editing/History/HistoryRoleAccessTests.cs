using System.Net;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>Each history, rename and delete page for each role: editors and admins open it, an inbox account gets the 403 page, a signed-out person signs in.</summary>
public sealed class HistoryRoleAccessTests(HistorySiteFactory site) : IClassFixture<HistorySiteFactory>
{
    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        string[] pages =
        [
            "/staff/content/history?path={path}",
            "/staff/content/history/version?id={id}",
            "/staff/content/history/compare?id={id}",
            "/staff/content/rename?path={path}",
            "/staff/content/delete?path={path}",
            "/staff/content/deleted",
        ];
        foreach (var page in pages)
        {
            data.Add(page, StaffRoles.Editor, "200");
            data.Add(page, StaffRoles.Admin, "200");
            data.Add(page, StaffRoles.Inbox, "403");
            data.Add(page, "signed out", "login");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_page_answers_each_role_with_its_page_a_403_page_or_sign_in(string page, string who, string expected)
    {
        var slug = HistoryTestContent.NewSlug("access");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Access check"));
        await HistoryTestContent.SaveAsync(site, relative, HistoryTestContent.ArticleText("Access check, saved again"));
        var id = (await HistoryTestContent.VersionsAsync(site, relative))[^1].Id;
        var path = page.Replace("{path}", Uri.EscapeDataString(relative), StringComparison.Ordinal).Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var browser = await HistoryTestContent.BrowserAsAsync(site, who);

        using var response = await browser.GetAsync(path);

        switch (expected)
        {
            case "200":
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who} at {path}: {(int)response.StatusCode} {response.Headers.Location}");
                var document = await HtmlHelpers.ParseAsync(response);
                Assert.NotNull(document.QuerySelector("nav.staff-nav"));
                Assert.Contains("noindex", document.MetaContent("meta[name=robots]") ?? string.Empty, StringComparison.Ordinal);
                break;
            case "403":
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{who} at {path}: {(int)response.StatusCode} {response.Headers.Location}");
                var refused = await HtmlHelpers.ParseAsync(response);
                Assert.Equal("You don't have access to this page", refused.QuerySelector("h1")?.TextContent);
                Assert.DoesNotContain("Access check", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
                break;
        }
    }

    [Fact]
    public async Task An_inbox_account_cannot_delete_by_posting_the_form_either()
    {
        var slug = HistoryTestContent.NewSlug("inbox-post");
        var relative = await HistoryTestContent.CreateAsync(site, slug, HistoryTestContent.ArticleText("Not theirs to delete"));
        using var editor = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Editor);
        var form = await editor.GetDocumentAsync("/staff/content/delete?path=" + Uri.EscapeDataString(relative));
        using var inbox = await HistoryTestContent.BrowserAsAsync(site, StaffRoles.Inbox);
        var inboxToken = StaffBrowser.Token(await inbox.GetDocumentAsync("/staff/account"));

        using var response = await inbox.PostAsync("/staff/content/delete", [
            new(StaffBrowser.AntiforgeryField, inboxToken),
            new("path", relative),
            new("hash", form.QuerySelector("input[name=hash]")!.GetAttribute("value")!),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(site.ContentPath, relative)));
    }
}
