using System.Net;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>Each of the editor's pages for each role: editors and admins get the page, an inbox account the 403 page, a signed-out person the sign-in.</summary>
public sealed class ContentPagesAccessTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in new[] { "/staff/content", "/staff/content?sort=state", EditorForm.EditPath(EditorForm.Article), "/staff/content/new?kind=page" })
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
    public async Task Each_content_page_opens_for_editors_and_admins_refuses_inbox_accounts_and_asks_others_to_sign_in(string page, string who, string expected)
    {
        using var browser = who == "signed out" ? new StaffBrowser(site) : await EditorForm.SignedInAsync(site, null, who);

        using var response = await browser.GetAsync(page);

        switch (expected)
        {
            case "200":
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who} at {page}: {(int)response.StatusCode} {response.Headers.Location}");
                Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
                Assert.Equal("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
                var document = await HtmlHelpers.ParseAsync(response);
                Assert.NotNull(document.QuerySelector("nav.staff-nav a[href='/staff/content']"));
                break;
            case "403":
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                var refused = await HtmlHelpers.ParseAsync(response);
                Assert.Equal("You don't have access to this page", refused.QuerySelector("h1")?.TextContent);
                Assert.Null(refused.QuerySelector("#editor-form"));
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
                break;
        }
    }

    [Fact]
    public async Task An_inbox_account_sees_no_content_link_and_an_editor_lands_on_the_content_list()
    {
        using var inbox = await EditorForm.SignedInAsync(site, null, StaffRoles.Inbox);
        var inboxNav = (await inbox.GetDocumentAsync("/staff/account")).QuerySelector("nav.staff-nav")!;
        Assert.Null(inboxNav.QuerySelector("a[href='/staff/content']"));

        var email = $"lands-{Guid.NewGuid():N}@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(site, email, StaffRoles.Editor);
        using var editor = new StaffBrowser(site);
        using var signIn = await editor.SignInAsync(email, StaffTestData.Password);
        Assert.Equal("/staff/content", signIn.Headers.Location?.OriginalString);
        var list = await editor.GetDocumentAsync("/staff/content");
        Assert.Equal("Articles and pages", list.QuerySelector("h1")?.Text());
    }

    [Fact]
    public async Task A_refused_POST_from_an_inbox_account_writes_nothing()
    {
        var before = await File.ReadAllTextAsync(site.ArticlePath(StaffTestData.Article), TestContext.Current.CancellationToken);
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(EditorForm.Article));
        using var inbox = await EditorForm.SignedInAsync(site, null, StaffRoles.Inbox);
        var inboxPage = await inbox.GetDocumentAsync("/staff/account");
        var fields = EditorForm.Values(page).Where(v => v.Key != StaffBrowser.AntiforgeryField).ToList();
        fields.Add(new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(inboxPage)));
        fields.RemoveAll(v => v.Key == "Input.Title");
        fields.Add(new("Input.Title", "Written by the wrong account"));

        using var response = await inbox.PostAsync(EditorForm.ActionOf(page, "Save"), fields);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await File.ReadAllTextAsync(site.ArticlePath(StaffTestData.Article), TestContext.Current.CancellationToken));
    }
}
