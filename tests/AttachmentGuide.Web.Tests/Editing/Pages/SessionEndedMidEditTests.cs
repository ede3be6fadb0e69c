using System.Net;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Tests.Editing.History;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>
/// Without JavaScript, a save posted after the session ended keeps what was typed: a 401 page shows it, and after
/// signing in again it goes back into the editor (written nowhere) and saves as usual, conflict check included.
/// </summary>
public sealed class SessionEndedMidEditTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    private const string SameOrigin = "http://localhost";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_after_the_session_ended_shows_the_text_and_after_signing_in_again_it_goes_back_and_saves()
    {
        var slug = NewArticle();
        var email = $"expired-{Guid.NewGuid():N}@clinic.example";
        using var editor = await SignedInSameOriginAsync(email);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
        site.Time.Advance(TimeSpan.FromMinutes(31));

        using var expired = await EditorForm.PostAsync(editor, page, "Save", ("Input.Title", "Typed <b>as</b> it ended"), ("Body", "## Part\n\nWords typed while the session ran out.\n"));

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        var ended = await HtmlHelpers.ParseAsync(expired);
        Assert.Contains("Your session ended, so nothing was saved. Your text is below.", ended.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Typed <b>as</b> it ended", FieldValue(ended, "Input.Title"));
        Assert.Null(ended.QuerySelector("b"));
        Assert.Contains("Words typed while the session ran out.", FieldValue(ended, "Body"), StringComparison.Ordinal);
        var signIn = ended.QuerySelector("a[target=_blank]")!;
        Assert.Equal("/staff/login", signIn.GetAttribute("href"));
        Assert.Contains("Words written by hand.", await File.ReadAllTextAsync(site.ArticlePath(slug), Token), StringComparison.Ordinal);

        using (var again = await editor.SignInAsync(email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        var back = await PutBackAsync(editor, ended);
        Assert.Equal("Your text is back in the editor. It is not saved yet.", back.QuerySelector("#put-back")!.Text());
        Assert.Equal("Typed <b>as</b> it ended", EditorForm.Value(back, "Input.Title"));
        Assert.Contains("Words written by hand.", await File.ReadAllTextAsync(site.ArticlePath(slug), Token), StringComparison.Ordinal);

        await EditorForm.SaveAndFollowAsync(editor, back);

        var served = await site.CreatePlainClient().GetDocumentAsync("/guide/" + slug);
        Assert.Equal("Typed <b>as</b> it ended", served.QuerySelector("h1")!.Text());
        Assert.Contains("Words typed while the session ran out.", served.QuerySelector("article")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_put_back_after_the_file_changed_on_disk_gets_the_conflict_view_and_overwrites_nothing()
    {
        var slug = NewArticle();
        var email = $"expired-{Guid.NewGuid():N}@clinic.example";
        using var editor = await SignedInSameOriginAsync(email);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
        site.Time.Advance(TimeSpan.FromMinutes(31));
        using var expired = await EditorForm.PostAsync(editor, page, "Save", ("Body", "## Part\n\nMine, typed as it ended.\n"));
        var ended = await HtmlHelpers.ParseAsync(expired);
        var theirs = "---\ntitle: Changed meanwhile\nsummary: Someone else's save.\n---\n\n## Part\n\nTheir words.\n";
        await File.WriteAllTextAsync(site.ArticlePath(slug), theirs, Token);
        using (var again = await editor.SignInAsync(email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        var back = await PutBackAsync(editor, ended);
        using var save = await EditorForm.PostAsync(editor, back, "Save");

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        var conflict = await HtmlHelpers.ParseAsync(save);
        Assert.NotNull(conflict.QuerySelector("#conflict"));
        Assert.Contains("Mine, typed as it ended.", EditorForm.Value(conflict, "Body"), StringComparison.Ordinal);
        Assert.Equal(theirs, await File.ReadAllTextAsync(site.ArticlePath(slug), Token));
    }

    [Fact]
    public async Task A_cross_site_post_is_not_put_back_and_an_expired_cross_site_save_is_only_sent_to_sign_in()
    {
        var slug = NewArticle();
        var path = $"articles/{slug}.md";
        using var editor = await EditorForm.SignedInAsync(site);
        editor.WithHeader("Origin", "https://elsewhere.example");
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(path));

        var fields = EditorForm.Values(page).Where(v => v.Key != StaffBrowser.AntiforgeryField).Append(new("Body", "Another site's words."));
        using (var putBack = await editor.PostAsync(EditorForm.EditPath(path) + "&handler=PutBack", fields))
        {
            Assert.Equal(HttpStatusCode.Forbidden, putBack.StatusCode);
        }

        site.Time.Advance(TimeSpan.FromMinutes(31));
        using var save = await EditorForm.PostAsync(editor, page, "Save", ("Body", "Another site's words."));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("/staff/login", new Uri(new Uri(SameOrigin), save.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task A_save_needs_its_antiforgery_token_still_even_from_the_same_origin()
    {
        var slug = NewArticle();
        using var editor = await SignedInSameOriginAsync($"token-{Guid.NewGuid():N}@clinic.example");
        var page = await editor.GetDocumentAsync(EditorForm.EditPath($"articles/{slug}.md"));
        var fields = EditorForm.Values(page).Where(v => v.Key != StaffBrowser.AntiforgeryField).Append(new("Body", "Saved with no token."));

        using var save = await editor.PostAsync(EditorForm.ActionOf(page, "Save"), fields);

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Contains("Words written by hand.", await File.ReadAllTextAsync(site.ArticlePath(slug), Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_article_posted_after_the_session_ended_keeps_its_title_and_creates_nothing_until_signed_in_again()
    {
        var email = $"expired-{Guid.NewGuid():N}@clinic.example";
        using var editor = await SignedInSameOriginAsync(email);
        var form = await editor.GetDocumentAsync("/staff/content/new?kind=article");
        var slug = "expired-new-" + Guid.NewGuid().ToString("N")[..8];
        site.Time.Advance(TimeSpan.FromMinutes(31));

        using var expired = await editor.PostAsync("/staff/content/new", [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(form)),
            new("Kind", "article"),
            new("Input.Title", "Written as the session ended"),
            new("Input.Slug", slug),
        ]);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        var ended = await HtmlHelpers.ParseAsync(expired);
        Assert.Equal("Written as the session ended", FieldValue(ended, "Input.Title"));
        Assert.False(File.Exists(site.ArticlePath(slug)));
        using (var again = await editor.SignInAsync(email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        var back = await PutBackAsync(editor, ended);

        Assert.NotNull(back.QuerySelector("#put-back"));
        Assert.Equal("Written as the session ended", back.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal(slug, back.QuerySelector("#Input_Slug")!.GetAttribute("value"));
        Assert.False(File.Exists(site.ArticlePath(slug)));
    }

    [Fact]
    public async Task A_rename_posted_after_the_session_ended_keeps_the_new_address_and_renames_once_signed_in_again()
    {
        var slug = NewArticle();
        var newSlug = slug + "-moved";
        var path = $"articles/{slug}.md";
        var email = $"expired-{Guid.NewGuid():N}@clinic.example";
        using var editor = await SignedInSameOriginAsync(email);
        var renameUrl = "/staff/content/rename?path=" + Uri.EscapeDataString(path);
        var form = await editor.GetDocumentAsync(renameUrl);
        site.Time.Advance(TimeSpan.FromMinutes(31));

        using var expired = await editor.PostFormFoundAsync(form, "main form.contact-form", renameUrl, ("slug", newSlug));

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        var ended = await HtmlHelpers.ParseAsync(expired);
        Assert.Equal(newSlug, FieldValue(ended, "slug"));
        using (var again = await editor.SignInAsync(email, StaffTestData.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        var back = await PutBackAsync(editor, ended);
        Assert.NotNull(back.QuerySelector("#put-back"));
        Assert.Equal(newSlug, back.QuerySelector("#slug")!.GetAttribute("value"));
        Assert.True(File.Exists(site.ArticlePath(slug)));

        Assert.DoesNotContain("handler", back.QuerySelector("main form.contact-form")!.GetAttribute("action")!, StringComparison.Ordinal);
        using var rename = await editor.PostFormFoundAsync(back, "main form.contact-form", renameUrl, ("slug", back.QuerySelector("#slug")!.GetAttribute("value")!));
        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        Assert.True(File.Exists(site.ArticlePath(newSlug)));
    }

    private async Task<StaffBrowser> SignedInSameOriginAsync(string email)
    {
        var editor = await EditorForm.SignedInAsync(site, email);
        // As a browser sends it on every form post from the site's own pages.
        return editor.WithHeader("Origin", SameOrigin);
    }

    /// <summary>Posts the session-ended page's form as a browser would: its hidden fields and text areas, unchanged.</summary>
    private static async Task<IHtmlDocument> PutBackAsync(StaffBrowser editor, IHtmlDocument ended)
    {
        var form = (IHtmlFormElement)ended.QuerySelector("#session-ended-form")!;
        var values = form.Elements.Select(e => e switch
        {
            IHtmlInputElement { Type: "hidden" } input => new KeyValuePair<string, string>(input.Name!, input.Value),
            IHtmlTextAreaElement area => new KeyValuePair<string, string>(area.Name!, area.Value),
            _ => default,
        }).Where(v => v.Key is not null).ToList();
        using var response = await editor.PostAsync(form.GetAttribute("action")!, values);
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Put back answered {(int)response.StatusCode}");
        return page;
    }

    private static string? FieldValue(IHtmlDocument page, string name) =>
        (page.QuerySelector($"#session-ended-form textarea[name='{name}']") as IHtmlTextAreaElement)?.Value;

    /// <summary>A published article of this test's own, on disk and served.</summary>
    private string NewArticle()
    {
        var slug = "expired-" + Guid.NewGuid().ToString("N")[..10];
        File.WriteAllText(site.ArticlePath(slug), "---\ntitle: Opened before the session ended\nsummary: An article the session tests change.\n---\n\n## Part\n\nWords written by hand.\n");
        site.Services.GetRequiredService<AttachmentGuide.Web.Content.SiteContent>().Reload();
        return slug;
    }
}
