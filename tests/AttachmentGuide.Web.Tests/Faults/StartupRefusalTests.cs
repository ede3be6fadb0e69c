using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Faults;

/// <summary>
/// A published site whose data folder was damaged or half-restored refuses to start with one line that names what
/// is wrong and the <c>restore</c> command, exit code 1, instead of serving unreadable rows or hiding the loss.
/// </summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly SiteDataFolder _data = new("ag-startup-refusal-");

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData(0, "the header")]
    [InlineData(4096, "a page")]
    public async Task Garbage_in_the_database_file_stops_start_up_naming_the_file_and_restore(int offset, string where)
    {
        await StoreOneInquiryAsync();
        await using (var file = new FileStream(_data.DatabasePath, FileMode.Open, FileAccess.Write))
        {
            file.Position = offset;
            await file.WriteAsync(Enumerable.Repeat((byte)0xA5, 4096).ToArray(), TestContext.Current.CancellationToken);
        }

        var message = await StartFailsAsync();

        Assert.Contains(_data.DatabasePath, message, StringComparison.Ordinal);
        Assert.True(message.Contains("restore FILE", StringComparison.Ordinal), $"Garbage in {where}: {message}");
    }

    [Fact]
    public async Task An_emptied_key_folder_beside_stored_inquiries_stops_start_up_pointing_to_restore_and_makes_no_key()
    {
        await StoreOneInquiryAsync();
        foreach (var key in Directory.EnumerateFiles(_data.KeysPath))
        {
            File.Delete(key);
        }

        var message = await StartFailsAsync();

        Assert.Contains(_data.KeysPath, message, StringComparison.Ordinal);
        Assert.Contains("holds no keys", message, StringComparison.Ordinal);
        Assert.Contains("restore FILE", message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_data.KeysPath));
        Assert.DoesNotContain("Stored Before", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_folder_from_another_install_stops_start_up_pointing_to_restore()
    {
        await StoreOneInquiryAsync();
        using var other = new SiteDataFolder("ag-startup-other-");
        await using (await StartAsync(other))
        {
        }

        Directory.Delete(_data.KeysPath, recursive: true);
        Directory.Move(other.KeysPath, _data.KeysPath);

        var message = await StartFailsAsync();

        Assert.Contains(_data.KeysPath, message, StringComparison.Ordinal);
        Assert.Contains("no key that decrypts them", message, StringComparison.Ordinal);
        Assert.Contains("restore FILE", message, StringComparison.Ordinal);
    }

    private static Task<SiteProcess> StartAsync(SiteDataFolder data) => SiteProcess.StartAsync(
        SiteEnvironment.For(data, "Production"), Path.GetTempPath(), TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);

    /// <summary>Starts the site, stores one inquiry (which also makes the first key), and stops it with SIGTERM.</summary>
    private async Task StoreOneInquiryAsync()
    {
        await using var site = await StartAsync(_data);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };
        AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid("Stored Before").PostAsync());
        site.Terminate();
        Assert.Equal(0, await site.WaitForExitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The one line the site printed before exiting 1, with no stack trace.</summary>
    private Task<string> StartFailsAsync() => StartupRefusal.LineAsync(() => StartAsync(_data));
}
