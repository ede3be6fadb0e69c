using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Images;

/// <summary>
/// /staff/content/images through the real form: a picture checked by its bytes, named safely, listed and served at
/// once, its upload audited; every refusal a field message with what was typed kept; the page for editors alone.
/// </summary>
public sealed class ImageUploadPageTests(ImageUploadSite site) : IClassFixture<ImageUploadSite>
{
    private const string PagePath = "/staff/content/images";
    private const string Alt = "A calm lake under a pale sky";

    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    [InlineData("webp")]
    public async Task A_good_picture_is_saved_listed_with_its_facts_served_and_offered_as_Markdown(string format)
    {
        using var editor = await EditorAsync();
        var name = "lake-" + format;

        using var response = await UploadAsync(editor, UploadImages.Of(format), "phone photo." + format, Alt, fileName: name);

        var page = await PageAsync(response);
        var saved = name + "." + format;
        Assert.Contains(saved, site.FilesInImages());
        Assert.Equal($"![{Alt}](/images/{saved})", page.QuerySelector<IHtmlInputElement>("#markdown")!.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>("#markdown")!.IsReadOnly);
        Assert.Contains(saved, page.QuerySelector(".upload-done strong")!.TextContent, StringComparison.Ordinal);
        // What was typed is cleared for the next picture once this one is saved.
        Assert.Equal(string.Empty, page.QuerySelector<IHtmlInputElement>("#Input_AltText")!.Value);

        var card = Card(await editor.GetDocumentAsync(PagePath), saved);
        Assert.Contains("64 × 48 pixels", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("/images/" + saved, card.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ KB$", card.QuerySelectorAll("dd")[0].TextContent);
        var thumbnail = card.QuerySelector("img")!.GetAttribute("src")!;
        Assert.Matches($"^/images/{name}\\.[0-9a-f]{{12}}\\.64\\.{format}$", thumbnail);
        using var served = await editor.GetAsync(thumbnail);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(UploadImages.MediaType(format), served.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("html")]
    public async Task A_file_that_is_not_a_png_jpeg_or_webp_by_its_bytes_is_refused_whatever_its_name_and_the_typed_text_is_kept(string really)
    {
        using var editor = await EditorAsync();
        var before = site.FilesInImages();

        using var response = await UploadAsync(editor, really == "gif" ? UploadImages.Gif() : UploadImages.Html(), "holiday.jpg", Alt, fileName: "holiday-" + really);

        var page = await PageAsync(response);
        Assert.Contains("not a PNG, JPEG or WebP picture", FieldError(page, "File"), StringComparison.Ordinal);
        AssertKept(page, Alt, "holiday-" + really);
        Assert.Equal(before, site.FilesInImages());
    }

    [Fact]
    public async Task A_picture_over_16_MB_is_a_field_error_that_keeps_the_description()
    {
        using var editor = await EditorAsync();
        var before = site.FilesInImages();
        var oversized = new byte[(16 * 1024 * 1024) + 1];
        UploadImages.Png().CopyTo(oversized, 0);

        using var response = await UploadAsync(editor, oversized, "huge.png", Alt);

        var page = await PageAsync(response);
        Assert.Contains("larger than 16 MB", FieldError(page, "File"), StringComparison.Ordinal);
        AssertKept(page, Alt, string.Empty);
        Assert.Equal(before, site.FilesInImages());
    }

    [Fact]
    public async Task A_request_far_over_the_limit_is_refused_with_413_and_a_page_that_says_what_to_do()
    {
        using var editor = await EditorAsync();
        var before = site.FilesInImages();

        using var response = await UploadAsync(editor, new byte[17 * 1024 * 1024], "huge.png", Alt);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.Equal("That picture is too large to upload", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Back button", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, site.FilesInImages());
    }

    [Fact]
    public async Task Without_a_description_nothing_is_saved_and_no_Markdown_is_offered()
    {
        using var editor = await EditorAsync();
        var before = site.FilesInImages();

        using var response = await UploadAsync(editor, UploadImages.Png(), "lake.png", "   ", fileName: "no-alt");

        var page = await PageAsync(response);
        Assert.Contains("Describe the picture", FieldError(page, "AltText"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_AltText")!.GetAttribute("aria-invalid"));
        Assert.Contains(page.QuerySelectorAll("#error-summary a"), a => a.GetAttribute("href") == "#Input_AltText");
        Assert.Null(page.QuerySelector("#markdown"));
        AssertKept(page, string.Empty, "no-alt");
        Assert.Equal(before, site.FilesInImages());
    }

    [Theory]
    [InlineData("../site")]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\site")]
    [InlineData("/tmp/evil")]
    [InlineData(".hidden")]
    [InlineData("C:evil")]
    public async Task A_file_name_that_names_a_path_is_refused_and_nothing_is_written(string typed)
    {
        using var editor = await EditorAsync();
        var before = site.FilesInImages();
        var siteYml = await File.ReadAllTextAsync(Path.Combine(site.ContentPath, "site.yml"), TestContext.Current.CancellationToken);

        using var response = await UploadAsync(editor, UploadImages.Png(), "lake.png", Alt, fileName: typed);

        var page = await PageAsync(response);
        Assert.Contains("cannot hold", FieldError(page, "FileName"), StringComparison.Ordinal);
        AssertKept(page, Alt, typed);
        Assert.Equal(before, site.FilesInImages());
        Assert.Equal(siteYml, await File.ReadAllTextAsync(Path.Combine(site.ContentPath, "site.yml"), TestContext.Current.CancellationToken));
        Assert.DoesNotContain(Directory.GetFiles(site.ContentPath, "*.png", SearchOption.AllDirectories), f => !f.StartsWith(site.ImagesPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_name_a_browser_sends_with_the_file_is_reduced_to_a_safe_name_inside_the_images_folder()
    {
        using var editor = await EditorAsync();

        using var response = await UploadAsync(editor, UploadImages.Png(), "../../Évasion Photo.PNG", Alt);

        var page = await PageAsync(response);
        Assert.Equal($"![{Alt}](/images/evasion-photo.png)", page.QuerySelector<IHtmlInputElement>("#markdown")!.Value);
        Assert.True(File.Exists(Path.Combine(site.ImagesPath, "evasion-photo.png")));
        Assert.False(File.Exists(Path.Combine(site.ContentPath, "..", "evasion-photo.png")));
    }

    [Fact]
    public async Task The_extension_comes_from_the_bytes_not_the_name()
    {
        using var editor = await EditorAsync();

        using var response = await UploadAsync(editor, UploadImages.Jpeg(), "drawing.png", Alt, fileName: "really-a-photo.png");

        await PageAsync(response);
        Assert.Contains("really-a-photo.jpg", site.FilesInImages());
        Assert.DoesNotContain("really-a-photo.png", site.FilesInImages());
    }

    [Fact]
    public async Task A_taken_name_is_refused_unless_replace_is_ticked_and_without_a_typed_name_a_free_one_is_chosen_and_said()
    {
        using var editor = await EditorAsync();
        var first = UploadImages.Png(40, 30);
        var second = UploadImages.Png(80, 60);
        using (var created = await UploadAsync(editor, first, "x.png", Alt, fileName: "taken"))
        {
            await PageAsync(created);
        }

        using var refused = await UploadAsync(editor, second, "x.png", Alt, fileName: "taken");
        var refusedPage = await PageAsync(refused);
        Assert.Contains("A picture called taken.png is already in the images folder", FieldError(refusedPage, "FileName"), StringComparison.Ordinal);
        Assert.Equal(first, await File.ReadAllBytesAsync(Path.Combine(site.ImagesPath, "taken.png"), TestContext.Current.CancellationToken));

        using var replaced = await UploadAsync(editor, second, "x.png", Alt, fileName: "taken", replace: "true");
        var replacedPage = await PageAsync(replaced);
        Assert.Contains("in place of the picture that had that name", replacedPage.QuerySelector(".upload-done")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(second, await File.ReadAllBytesAsync(Path.Combine(site.ImagesPath, "taken.png"), TestContext.Current.CancellationToken));

        using var numbered = await UploadAsync(editor, first, "taken.png", Alt);
        var numberedPage = await PageAsync(numbered);
        Assert.Contains("a picture called taken.png was already there", numberedPage.QuerySelector(".upload-done")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"![{Alt}](/images/taken-2.png)", numberedPage.QuerySelector<IHtmlInputElement>("#markdown")!.Value);
        Assert.Equal(second, await File.ReadAllBytesAsync(Path.Combine(site.ImagesPath, "taken.png"), TestContext.Current.CancellationToken));
        // No temporary file is left behind by any of the writes.
        Assert.DoesNotContain(site.FilesInImages(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_replace_value_that_is_not_true_is_not_a_tick_and_not_an_error_page()
    {
        using var editor = await EditorAsync();
        using (var created = await UploadAsync(editor, UploadImages.Png(), "x.png", Alt, fileName: "odd-replace"))
        {
            await PageAsync(created);
        }

        using var response = await UploadAsync(editor, UploadImages.Png(90, 90), "x.png", Alt, fileName: "odd-replace", replace: "<script>");

        var page = await PageAsync(response);
        Assert.Contains("already in the images folder", FieldError(page, "FileName"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#Input_Replace")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task When_the_images_folder_cannot_be_written_the_page_says_so_and_keeps_what_was_typed()
    {
        using var editor = await EditorAsync();
        var moved = site.ImagesPath + "-moved";
        Directory.Move(site.ImagesPath, moved);
        // A file where the folder should be: no account, root included, can write a picture into it.
        await File.WriteAllTextAsync(site.ImagesPath, "not a folder", TestContext.Current.CancellationToken);
        try
        {
            using var response = await UploadAsync(editor, UploadImages.Png(), "lake.png", Alt, fileName: "unwritable");

            var page = await PageAsync(response);
            Assert.Equal("The picture was not saved", page.QuerySelector("#error-summary h2")?.TextContent);
            Assert.Contains("nothing changed", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("#markdown"));
            AssertKept(page, Alt, "unwritable");
            Assert.Equal("not a folder", await File.ReadAllTextAsync(site.ImagesPath, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(site.ImagesPath);
            Directory.Move(moved, site.ImagesPath);
        }
    }

    [Fact]
    public async Task An_upload_is_audited_with_the_account_and_the_file_name_alone()
    {
        var email = $"audit-upload-{Guid.NewGuid():N}@clinic.example";
        using var editor = await EditorAsync(email);

        using var response = await UploadAsync(editor, UploadImages.Png(), "my-holiday.png", "Jo and Sam by the sea", fileName: "beach");

        await PageAsync(response);
        var entry = Assert.Single(await StaffTestData.AuditAsync(site), a => a.Actor == email && a.Action == AuditActions.ImageUpload);
        Assert.Equal("beach.png", entry.Detail);
        Assert.Null(entry.InquiryId);
    }

    [Theory]
    [InlineData(StaffRoles.Editor, HttpStatusCode.OK)]
    [InlineData(StaffRoles.Admin, HttpStatusCode.OK)]
    [InlineData(StaffRoles.Inbox, HttpStatusCode.Forbidden)]
    [InlineData("none", HttpStatusCode.Forbidden)]
    public async Task The_page_opens_for_editors_and_admins_and_is_a_403_page_for_other_accounts(string role, HttpStatusCode expected)
    {
        var email = $"images-{role}-{Guid.NewGuid():N}@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(site, email, role == "none" ? [] : [role]);
        using var browser = new StaffBrowser(site);
        using (await browser.SignInAsync(email, StaffTestData.Password))
        {
        }

        using var response = await browser.GetAsync(PagePath);

        Assert.Equal(expected, response.StatusCode);
        var page = await HtmlHelpers.ParseAsync(response);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("You don't have access to this page", page.QuerySelector("h1")?.TextContent);
            Assert.Null(page.QuerySelector("form[enctype='multipart/form-data']"));
            Assert.Null(page.QuerySelector("nav.staff-nav a[href='/staff/content/images']"));
        }
        else
        {
            Assert.Equal("Pictures", page.QuerySelector("h1")?.TextContent);
            Assert.NotNull(page.QuerySelector("nav.staff-nav a[href='/staff/content/images']"));
        }
    }

    [Fact]
    public async Task An_inbox_account_cannot_upload_by_posting_the_form_either()
    {
        var email = $"images-post-inbox-{Guid.NewGuid():N}@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(site, email, StaffRoles.Inbox);
        using var inbox = new StaffBrowser(site);
        await inbox.SignInOrFailAsync(email);
        var token = StaffBrowser.Token(await inbox.GetDocumentAsync("/staff/account"));
        var before = site.FilesInImages();

        using var response = await PostAsync(inbox, token, UploadImages.Png(), "sneaky.png", Alt, null, null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, site.FilesInImages());
    }

    [Fact]
    public async Task A_signed_out_person_is_sent_to_sign_in()
    {
        using var browser = new StaffBrowser(site);

        using var response = await browser.GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }

    private async Task<StaffBrowser> EditorAsync(string? email = null)
    {
        email ??= $"images-editor-{Guid.NewGuid():N}@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(site, email, StaffRoles.Editor);
        var browser = new StaffBrowser(site);
        using var signIn = await browser.SignInAsync(email, StaffTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    /// <summary>Fills in the page's own upload form and posts it as a browser would: multipart, with its token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(StaffBrowser browser, byte[] bytes, string uploadName, string alt, string? fileName = null, string? replace = null)
    {
        var form = await browser.GetDocumentAsync(PagePath);
        Assert.Equal("multipart/form-data", form.QuerySelector("form[enctype]")!.GetAttribute("enctype"));
        return await PostAsync(browser, StaffBrowser.Token(form), bytes, uploadName, alt, fileName, replace);
    }

    private static Task<HttpResponseMessage> PostAsync(StaffBrowser browser, string token, byte[] bytes, string uploadName, string alt, string? fileName, string? replace)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), StaffBrowser.AntiforgeryField },
            { new StringContent(alt), "Input.AltText" },
            { new StringContent(fileName ?? string.Empty), "Input.FileName" },
        };
        if (replace is not null)
        {
            content.Add(new StringContent(replace), "Input.Replace");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "Input.File", uploadName);
        return browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(PagePath, UriKind.Relative)) { Content = content });
    }

    private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response)
    {
        var page = await HtmlHelpers.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"the upload answered {(int)response.StatusCode}: {page.QuerySelector("h1")?.TextContent}");
        return page;
    }

    private static string FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"#Input_{field}-error")?.TextContent ?? $"(no error shown for {field})";

    private static void AssertKept(IHtmlDocument page, string alt, string fileName)
    {
        Assert.Equal(alt.Trim(), page.QuerySelector<IHtmlInputElement>("#Input_AltText")!.Value);
        Assert.Equal(fileName, page.QuerySelector<IHtmlInputElement>("#Input_FileName")!.Value);
    }

    private static IElement Card(IHtmlDocument page, string name) =>
        page.QuerySelectorAll(".image-card").Single(c => c.QuerySelector(".image-name")!.TextContent == name);
}
