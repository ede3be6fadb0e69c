using System.Diagnostics;
using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using Serilog.Events;

namespace AttachmentGuide.Web.Tests.Editing.Pages;

/// <summary>A content folder the site cannot write (remounted read-only, wrong owner): a clear message, the text kept, the file intact.</summary>
public sealed class ReadOnlyContentFolderTests(EditingSiteFactory site) : IClassFixture<EditingSiteFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_into_a_folder_that_cannot_be_written_says_so_keeps_the_text_and_leaves_the_file_as_it_was()
    {
        using var editor = await EditorForm.SignedInAsync(site);
        var page = await editor.GetDocumentAsync(EditorForm.EditPath(EditorForm.Article));
        var file = site.ArticlePath(StaffTestData.Article);
        var before = await File.ReadAllTextAsync(file, Token);
        var folder = Path.GetDirectoryName(file)!;

        // The immutable attribute: no new file (the temporary one) can be made there, even by root, which ignores modes.
        var made = await ChattrAsync("+i", folder);
        SystemComponent.SkipOrFailWhenMissing(made == 0, "chattr +i (root, e2fsprogs, an ext4 temp folder)", "apt-get install -y e2fsprogs and run the tests as root");
        HttpResponseMessage response;
        try
        {
            response = await EditorForm.PostAsync(editor, page, "Save", ("Input.Title", "Typed while the disk was read-only"));
        }
        finally
        {
            await ChattrAsync("-i", folder);
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var shown = await HtmlHelpers.ParseAsync(response);
            Assert.Contains("nothing was saved and the file is as it was", shown.QuerySelector("#save-failed")!.Text(), StringComparison.Ordinal);
            Assert.Equal("Typed while the disk was read-only", EditorForm.Value(shown, "Input.Title"));
        }

        Assert.Equal(before, await File.ReadAllTextAsync(file, Token));
        Assert.Empty(Directory.EnumerateFiles(folder, ".*.tmp"));
        Assert.Contains(site.Logs.Events, e => e.Level == LogEventLevel.Error && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("could not be written", StringComparison.Ordinal));
    }

    private static async Task<int> ChattrAsync(string flag, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, UseShellExecute = false })!;
            await process.WaitForExitAsync(Token);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
