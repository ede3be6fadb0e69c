using System.Net.Http.Headers;
using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using AttachmentGuide.Web.Tests.Validity;

namespace AttachmentGuide.Web.Tests.Images;

/// <summary>The pictures page in each of its states is valid HTML by the W3C Nu Html Checker (run locally).</summary>
public sealed class ImageUploadPageValidityTests(ImageUploadSite site) : IClassFixture<ImageUploadSite>
{
    private const string Install = "npm install --prefix /opt/vnu vnu-jar && export VNU_JAR=/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar (needs java: apt-get install -y default-jre-headless)";

    [Fact]
    public async Task Each_state_of_the_pictures_page_has_no_nu_checker_errors()
    {
        var vnu = Environment.GetEnvironmentVariable("VNU_JAR") ?? "/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar";
        SystemComponent.SkipOrFailWhenMissing(File.Exists(vnu) && HtmlValidityTests.FindJava() is not null, "The Nu Html Checker (vnu.jar) or java", Install);
        var email = $"validity-images-{Guid.NewGuid():N}@clinic.example";
        await StaffTestData.CreateStaffWithRolesAsync(site, email, StaffRoles.Editor);
        using var editor = new StaffBrowser(site);
        using (await editor.SignInAsync(email, StaffTestData.Password))
        {
        }

        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["empty list"] = await HtmlAsync(await editor.GetAsync("/staff/content/images")),
            ["uploaded, with the Markdown"] = await HtmlAsync(await UploadAsync(editor, UploadImages.Png(), "A calm lake", "valid-lake")),
            ["with field errors"] = await HtmlAsync(await UploadAsync(editor, UploadImages.Gif(), string.Empty, "../x")),
            ["413 page"] = await HtmlAsync(await UploadAsync(editor, new byte[17 * 1024 * 1024], "A calm lake", "big")),
            ["list with a picture"] = await HtmlAsync(await editor.GetAsync("/staff/content/images")),
        };

        var folder = Directory.CreateTempSubdirectory("ag-vnu-images-");
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
            Assert.Contains("valid-lake.png", pages["list with a picture"], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(StaffBrowser browser, byte[] bytes, string alt, string fileName)
    {
        var token = StaffBrowser.Token(await browser.GetDocumentAsync("/staff/content/images"));
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), StaffBrowser.AntiforgeryField },
            { new StringContent(alt), "Input.AltText" },
            { new StringContent(fileName), "Input.FileName" },
            { file, "Input.File", "picture.png" },
        };
        return await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/staff/content/images", UriKind.Relative)) { Content = content });
    }
}
