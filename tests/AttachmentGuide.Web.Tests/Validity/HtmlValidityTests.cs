using System.Diagnostics;
using System.Text.Json;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Validity;

/// <summary>Every page is valid HTML by the W3C Nu Html Checker (vnu.jar, run locally; nothing leaves the machine).</summary>
public sealed class HtmlValidityTests(ContactSiteFactory factory) : IClassFixture<ContactSiteFactory>
{
    private const string Install = "npm install --prefix /opt/vnu vnu-jar && export VNU_JAR=/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar (needs java: apt-get install -y default-jre-headless)";

    [Fact]
    public async Task Every_kind_of_page_has_no_nu_checker_errors()
    {
        var vnu = Environment.GetEnvironmentVariable("VNU_JAR") ?? "/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar";
        SystemComponent.SkipOrFailWhenMissing(File.Exists(vnu) && FindJava() is not null, "The Nu Html Checker (vnu.jar) or java", Install);

        var client = factory.CreatePlainClient();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in new[] { "/", "/guide/what-causes-attachment-trauma", "/contact?about=what-causes-attachment-trauma", "/contact/thanks?reference=ABCD-EFGH", "/privacy", "/about", "/therapists", "/fees", "/visit", "/faq", "/guide/no-such-article", "/staff/login", "/topics", "/topics/attachment" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            pages[path] = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var form = await ContactForm.LoadAsync(client);
        using (var invalid = await form.Set(ContactForm.EmailField, "not-an-email").Remove(ContactForm.ConsentField).PostAsync())
        {
            pages["/contact (with errors)"] = await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        using (var sent = await (await ContactForm.LoadAsync(client)).FillValid().PostAsync())
        {
            await ContactForm.FollowToThanksAsync(sent, client);
            using var thanks = await client.GetAsync(sent.Headers.Location, TestContext.Current.CancellationToken);
            pages["/contact/thanks (with its reference)"] = await thanks.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        foreach (var (name, html) in await StaffPagesAsync())
        {
            pages[name] = html;
        }

        var folder = Directory.CreateTempSubdirectory("ag-vnu-");
        try
        {
            var files = pages.Select((page, i) =>
            {
                var file = Path.Combine(folder.FullName, $"page{i}.html");
                File.WriteAllText(file, page.Value);
                return (page.Key, file);
            }).ToList();

            var messages = await RunVnuAsync(vnu, files.Select(f => f.file));

            var named = messages.Select(m => $"{files.First(f => m.Url.EndsWith(Path.GetFileName(f.file), StringComparison.Ordinal)).Key}: {m.Message}");
            Assert.Empty(named);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The staff pages whose markup is built from typed values or drawn by the site (the notice, the QR code).</summary>
    private async Task<Dictionary<string, string>> StaffPagesAsync()
    {
        const string email = "validity@clinic.example";
        var inquiry = await StaffTestData.SubmitContactFormAsync(factory, new ContactValues("مريم Validity", "v@example.com", Phone: "+44 20 7946 0001", ContactTime: "بعد الظهر"));
        await StaffTestData.CreateStaffAsync(factory, email);
        using var staff = new StaffBrowser(factory);
        await staff.SignInOrFailAsync(email);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var detail = await staff.GetAsync($"/staff/inquiries/{inquiry.Id}"))
        {
            pages["/staff/inquiries/ID (with the safe-contact notice)"] = await detail.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var account = await staff.GetDocumentAsync("/staff/account");
        using (var refused = await staff.PostFormAsync(account, "Password", ("currentPassword", "wrong"), ("newPassword", "short"), ("confirmPassword", "other")))
        {
            pages["/staff/account (with password errors)"] = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        using (var setup = await staff.PostFormAsync(account, "Start"))
        {
            pages["/staff/account (two-step set-up, QR code)"] = await setup.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        await StaffRolePagesAsync(pages);
        return pages;
    }

    /// <summary>The add form with its errors, the set-up link shown once, and each state of the signed-out set-up page.</summary>
    private async Task SetupLinkPagesAsync(StaffBrowser admin, Dictionary<string, string> pages)
    {
        async Task<string> Html(HttpResponseMessage response)
        {
            using (response)
            {
                return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            }
        }

        pages["/staff/accounts (add form with errors)"] = await Html(await admin.PostFormAsync(await admin.GetDocumentAsync("/staff/accounts"), "Add", ("Input.Email", "not-an-email")));
        using var added = await admin.PostFormAsync(await admin.GetDocumentAsync("/staff/accounts"), "Add", ("Input.Email", "validity-new@clinic.example"), ("Input.Role", "inbox"));
        var addedHtml = await added.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        pages["/staff/accounts (set-up link shown)"] = addedHtml;
        var link = new Uri(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(addedHtml).QuerySelector("#setup-link")!.GetAttribute("value")!).PathAndQuery;
        using var person = new StaffBrowser(factory);
        var formHtml = await Html(await person.GetAsync(link));
        pages["/staff/setup (the form)"] = formHtml;
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(formHtml);
        var hidden = form.QuerySelectorAll("main form[method=post] input[type=hidden][name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty)).ToList();
        pages["/staff/setup (with errors)"] = await Html(await person.PostAsync("/staff/setup", [.. hidden, new("newPassword", "short"), new("confirmPassword", "other")]));
        using var set = await person.PostAsync("/staff/setup", [.. hidden, new("newPassword", StaffTestData.Password), new("confirmPassword", StaffTestData.Password)]);
        pages["/staff/setup (done)"] = await Html(await person.GetAsync(set.Headers.Location!.OriginalString));
        pages["/staff/setup (a used link)"] = await Html(await person.GetAsync(link));
    }

    /// <summary>The accounts page (with a refused change) and the 403 page an editor gets at the inbox.</summary>
    private async Task StaffRolePagesAsync(Dictionary<string, string> pages)
    {
        const string adminEmail = "validity-admin@clinic.example";
        const string editorEmail = "validity-editor@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(factory, adminEmail, AttachmentGuide.Web.Staff.StaffRoles.Admin);
        await StaffTestData.CreateStaffWithRolesAsync(factory, editorEmail, AttachmentGuide.Web.Staff.StaffRoles.Editor);
        using var admin = new StaffBrowser(factory);
        using (await admin.SignInAsync(adminEmail, StaffTestData.Password))
        {
        }

        using (var list = await admin.GetAsync("/staff/accounts"))
        {
            pages["/staff/accounts"] = await list.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        // The only admin taking away their own admin role: refused, with the reason in the summary and on the card.
        var accounts = await admin.GetDocumentAsync("/staff/accounts");
        var card = accounts.QuerySelectorAll(".account-card").Single(c => c.QuerySelector("h2")?.TextContent == adminEmail);
        using (var refused = await admin.PostAsync("/staff/accounts?handler=Roles", [
            new(StaffBrowser.AntiforgeryField, StaffBrowser.Token(accounts)),
            new("accountId", card.QuerySelector("input[name=accountId]")!.GetAttribute("value")!),
            new("role", AttachmentGuide.Web.Staff.StaffRoles.Inbox)]))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
            pages["/staff/accounts (with a refused change)"] = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        await SetupLinkPagesAsync(admin, pages);

        using var editor = new StaffBrowser(factory);
        using (await editor.SignInAsync(editorEmail, StaffTestData.Password))
        {
        }

        using var denied = await editor.GetAsync("/staff/inquiries");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, denied.StatusCode);
        pages["/staff/inquiries (403 page for an editor)"] = await denied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // The editor's pages: read, previewed and refused as a conflict only (this site serves the repository's content).
        foreach (var path in new[] { "/staff/content", "/staff/content/new?kind=page", Editing.Pages.EditorForm.EditPath(Editing.Pages.EditorForm.Article) })
        {
            using var response = await editor.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            pages[path] = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var editPage = await editor.GetDocumentAsync(Editing.Pages.EditorForm.EditPath(Editing.Pages.EditorForm.Article));
        using (var preview = await Editing.Pages.EditorForm.PostAsync(editor, editPage, "Preview", ("Body", "# Too high\n\nText <b>raw</b>.\n")))
        {
            pages["/staff/content/edit (preview with diagnostics)"] = await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        using (var conflict = await Editing.Pages.EditorForm.PostAsync(editor, editPage, "Save", ("Hash", "changed-on-disk-meanwhile")))
        {
            pages["/staff/content/edit (conflict view)"] = await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
    }

    internal static string? FindJava() =>
        new[] { Environment.GetEnvironmentVariable("JAVA_HOME") is { } home ? Path.Combine(home, "bin", "java") : null, "/usr/bin/java", "/usr/local/bin/java" }
            .OfType<string>()
            .FirstOrDefault(File.Exists);

    internal static async Task<IReadOnlyList<(string Url, string Message)>> RunVnuAsync(string vnu, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(FindJava()!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", vnu, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var json = await errorTask;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("url").GetString() ?? string.Empty, m.GetProperty("message").GetString() ?? string.Empty))
            .ToList();
    }
}
