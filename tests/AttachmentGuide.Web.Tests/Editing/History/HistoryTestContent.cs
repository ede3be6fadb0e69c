using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Editing;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Editing.History;

/// <summary>Articles made and changed the way the browser editor makes them (through <see cref="ContentEditor"/>), and staff signed in.</summary>
public static class HistoryTestContent
{
    public const string Writer = "writer@clinic.example";

    /// <summary>A unique slug for one test, so tests sharing a site never touch each other's files.</summary>
    public static string NewSlug(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    public static string ArticleText(string title, string body = "Some calm words about this.", string extraFrontMatter = "") =>
        $"---\ntitle: {title}\nsummary: A short summary of {title}.\n{extraFrontMatter}---\n\n{body}\n";

    /// <summary>Creates <c>articles/SLUG.md</c> (or the page) as the editor's "new" does; returns its relative path.</summary>
    public static async Task<string> CreateAsync(SiteFactory site, string slug, string text, ContentKind kind = ContentKind.Article)
    {
        var relative = ContentFilePath.FolderOf(kind) + "/" + slug + ".md";
        await SaveAsync(site, relative, text, ContentChange.Created, expectedHash: ContentFileHash.Missing);
        return relative;
    }

    /// <summary>Saves <paramref name="text"/> over the file as it is now, as an editor who opened it would; returns the new hash.</summary>
    public static async Task<string> SaveAsync(SiteFactory site, string relative, string text, string change = ContentChange.Saved, string actor = Writer, string? expectedHash = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var scope = site.Services.CreateScope();
        var editor = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        Assert.True(editor.TryResolve(relative, out var path, out var problem), problem);
        expectedHash ??= (await ContentEditor.OpenAsync(path!, TestContext.Current.CancellationToken))?.Hash ?? ContentFileHash.Missing;
        var outcome = await editor.SaveAsync(path!, text, expectedHash, actor, change, TestContext.Current.CancellationToken);
        var saved = Assert.IsType<SaveOutcome.Saved>(outcome);
        return saved.Hash;
    }

    public static async Task<IReadOnlyList<ContentVersion>> VersionsAsync(SiteFactory site, string relative)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContentHistory>().ListAsync(relative, TestContext.Current.CancellationToken);
    }

    /// <summary>A client signed in as a new account with <paramref name="role"/>; "signed out" for none at all.</summary>
    public static async Task<StaffBrowser> BrowserAsAsync(SiteFactory site, string role, string? email = null)
    {
        var browser = new StaffBrowser(site);
        if (role == "signed out")
        {
            return browser;
        }

        email ??= $"{role}-{Guid.NewGuid():N}@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(site, email, role);
        using var signIn = await browser.SignInAsync(email, StaffTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>
    /// Posts the form <paramref name="formSelector"/> finds on <paramref name="document"/> to <paramref name="url"/> (where a
    /// browser sends a form without an action: the page's own address), with its hidden inputs and the given fields.
    /// </summary>
    public static Task<HttpResponseMessage> PostFormFoundAsync(this StaffBrowser browser, IHtmlDocument document, string formSelector, string url, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(document);
        // The selector may name the form or anything inside it (a hidden input that tells one card's form from another's).
        var form = document.QuerySelectorAll(formSelector)
            .Select(e => e as IHtmlFormElement ?? e.Closest("form") as IHtmlFormElement)
            .OfType<IHtmlFormElement>().Distinct().Single();
        var values = form.QuerySelectorAll("input[type=hidden][name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .Where(h => !fields.Any(f => f.Name == h.Key))
            .ToList();
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return browser.PostAsync(form.GetAttribute("action") ?? url, values);
    }

    /// <summary>The file as it is on disk.</summary>
    public static string Read(SiteFactory site, string relative)
    {
        ArgumentNullException.ThrowIfNull(site);
        return File.ReadAllText(Path.Combine(site.ContentPath, relative));
    }
}
