using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>The content list: every file, also those the site does not serve, with its state, warnings and last edit; sortable by links.</summary>
public sealed class ContentListTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_file_is_listed_with_its_state_including_files_with_errors_and_drafts_the_site_does_not_serve()
    {
        // The site's clock says 15 July 2026.
        Write("articles/list-broken.md", "---\ntitle: [unclosed\n---\n\nBody.\n");
        Write("articles/list-draft.md", Article("A draft in the list", "draft: true\n"));
        Write("articles/list-overdue.md", Article("Overdue for review", "review_due: 2026-07-01\n"));
        Write("articles/list-soon.md", Article("Review due soon", "review_due: 2026-08-01\n"));
        Write("articles/list-fine.md", Article("Fine and published", "review_due: 2027-07-01\n"));
        site.Services.GetRequiredService<AttachmentGuide.Web.Content.SiteContent>().Reload();
        using var editor = await EditorForm.SignedInAsync(site);

        var list = await editor.GetDocumentAsync("/staff/content");

        string State(string path) => Row(list, path).QuerySelector(".content-state")!.Text();
        Assert.StartsWith("Has errors (1 error)", State("articles/list-broken.md"), StringComparison.Ordinal);
        Assert.Equal("list-broken", Row(list, "articles/list-broken.md").QuerySelector("a bdi")!.Text());
        Assert.Equal("Draft", State("articles/list-draft.md"));
        Assert.Equal("Review overdue", State("articles/list-overdue.md"));
        Assert.Equal("Review due soon", State("articles/list-soon.md"));
        Assert.Equal("Published", State("articles/list-fine.md"));
        // The reading age of a file the site can read (the seed article's is 14, as check-content --reading-ages says); none for one with errors.
        Assert.Equal("14", Row(list, "articles/what-causes-attachment-trauma.md").QuerySelector(".content-reading-age")!.Text());
        Assert.Matches("^[0-9]+$", Row(list, "articles/list-fine.md").QuerySelector(".content-reading-age")!.Text());
        Assert.Equal("—", Row(list, "articles/list-broken.md").QuerySelector(".content-reading-age")!.Text());
        // Every page file is there too, each linked to its editor.
        foreach (var page in new[] { "about", "faq", "fees", "privacy", "therapists", "visit" })
        {
            Assert.Equal(EditorForm.EditPath($"pages/{page}.md"), Row(list, $"pages/{page}.md").QuerySelector("a")!.GetAttribute("href"));
        }

        Assert.NotNull(list.QuerySelector("a[href='/staff/content/new?kind=article']"));
        Assert.NotNull(list.QuerySelector("a[href='/staff/content/new?kind=page']"));
    }

    [Fact]
    public async Task The_warnings_count_and_the_last_editor_and_time_come_from_the_site_and_the_history()
    {
        Write("articles/list-warned.md", "---\ntitle: Warned\nsummary: Has one warning.\ncolour: blue\n---\n\n## Part\n\nText.\n");
        site.Services.GetRequiredService<AttachmentGuide.Web.Content.SiteContent>().Reload();
        var email = $"lister-{Guid.NewGuid():N}@clinic.example";
        using var editor = await EditorForm.SignedInAsync(site, email);
        var before = await editor.GetDocumentAsync("/staff/content");
        Assert.Equal("1", Row(before, "articles/list-warned.md").QuerySelector(".content-warnings")!.Text());
        Assert.Equal("—", Row(before, "articles/list-warned.md").QuerySelector("td[data-label='Last edited']")!.Text());

        var page = await editor.GetDocumentAsync(EditorForm.EditPath("articles/list-warned.md"));
        await EditorForm.SaveAndFollowAsync(editor, page, ("Input.OtherLines", string.Empty));
        var after = await editor.GetDocumentAsync("/staff/content");

        var row = Row(after, "articles/list-warned.md");
        Assert.Equal("0", row.QuerySelector(".content-warnings")!.Text());
        // 09:30 UTC is 10:30 in London in July.
        Assert.Equal($"{email}, 15 Jul 2026 10:30", row.QuerySelector("td[data-label='Last edited']")!.Text());
    }

    [Fact]
    public async Task A_hard_to_read_article_counts_its_reading_age_warning_once_the_check_after_a_load_is_done()
    {
        Write("articles/list-dense.md", "---\ntitle: Dense\nsummary: Dense.\n---\n\n## Part\n\nTherapeutic interventions addressing developmental attachment disorganisation necessitate individualised formulation.\n");
        var content = site.Services.GetRequiredService<AttachmentGuide.Web.Content.SiteContent>();
        content.Reload();
        await content.ReadingAgeCheck.WaitAsync(TimeSpan.FromMinutes(2), Token);
        using var editor = await EditorForm.SignedInAsync(site);

        var list = await editor.GetDocumentAsync("/staff/content");

        var row = Row(list, "articles/list-dense.md");
        Assert.Equal("1", row.QuerySelector(".content-warnings")!.Text());
        Assert.True(int.Parse(row.QuerySelector(".content-reading-age")!.Text(), System.Globalization.CultureInfo.InvariantCulture) > 14);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("state")]
    [InlineData("review")]
    [InlineData("edited")]
    [InlineData("path")]
    public async Task Each_sort_link_orders_the_list_without_script(string sort)
    {
        Write("articles/list-sort-a.md", Article("Aardvark first by title", "review_due: 2030-01-01\n"));
        Write("articles/list-sort-z.md", Article("Zebra last by title", "review_due: 2026-07-02\n"));
        site.Services.GetRequiredService<AttachmentGuide.Web.Content.SiteContent>().Reload();
        using var editor = await EditorForm.SignedInAsync(site);
        var unsorted = await editor.GetDocumentAsync("/staff/content");
        if (sort != "title")
        {
            Assert.NotNull(unsorted.QuerySelector($"a[href='?sort={sort}']"));
        }

        var list = await editor.GetDocumentAsync("/staff/content?sort=" + sort);

        var paths = list.QuerySelectorAll("tr.content-row .content-path").Select(p => p.Text().Split(" · ")[1]).ToList();
        var a = paths.IndexOf("articles/list-sort-a.md");
        var z = paths.IndexOf("articles/list-sort-z.md");
        switch (sort)
        {
            case "title" or "path":
                Assert.True(a < z, string.Join(", ", paths));
                break;
            case "state" or "review":
                // Zebra's review is overdue: more urgent, and sooner.
                Assert.True(z < a, string.Join(", ", paths));
                break;
            default:
                Assert.Equal(paths.Count, paths.Distinct().Count());
                break;
        }

        if (sort != "path")
        {
            Assert.Equal(sort == "edited" ? "descending" : "ascending", list.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        }
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument list, string path) =>
        list.QuerySelectorAll("tr.content-row").Single(r => r.QuerySelector(".content-path")!.Text().EndsWith(path, StringComparison.Ordinal));

    private static string Article(string title, string extra) =>
        $"---\ntitle: {title}\nsummary: An article in the list.\n{extra}---\n\n## Part\n\nText.\n";

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(site.ContentPath, relative), text);
}
