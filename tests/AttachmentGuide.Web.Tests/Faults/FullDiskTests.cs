using System.Globalization;
using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Faults;

/// <summary>
/// The data folder on a disk that really fills up, on a real process: the form gets the kind 503 with the clinic's
/// phone, nothing half-written, the log says why without personal data, and the site recovers by itself.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private const string TypedName = "Robin Fulldisk";
    private readonly SmallDisk _disk = SmallDisk.Mount(megabytes: 3);
    private readonly SiteDataFolder _unused = new("ag-full-disk-");

    private string DatabasePath => Path.Combine(_disk.Path, "ag.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _disk.Dispose();
        _unused.Dispose();
    }

    [Fact]
    public async Task A_full_disk_answers_a_kind_503_stores_nothing_half_written_and_recovers_when_space_returns()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var environment = SiteEnvironment.For(_unused, "Production");
        environment["ConnectionStrings__Inquiries"] = $"Data Source={DatabasePath}";
        environment["DataProtection__KeysPath"] = Path.Combine(_disk.Path, "keys");
        await using var site = await SiteProcess.StartAsync(environment, Path.GetTempPath(), TimeSpan.FromSeconds(90), cancellation);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };
        AssertSeeOtherToThanks(await (await LoadAsync(client)).FillValid("Before The Disk Filled").PostAsync());
        var acknowledged = 1;

        _disk.Fill();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 40 && refused is null; i++)
        {
            // A write may still fit in pages SQLite already holds (the WAL); the disk runs out within a few.
            var response = await (await LoadAsync(client)).FillValid(TypedName, $"full{i}@example.com")
                .Set(MessageField, new string('x', 1500)).PostAsync();
            if (response.StatusCode == HttpStatusCode.SeeOther)
            {
                acknowledged++;
                response.Dispose();
                continue;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            refused = response;
        }

        Assert.True(refused is not null, $"The disk never filled up: {acknowledged} submissions were stored.\n{site.Output}");
        using (refused)
        {
            var page = await HtmlHelpers.ParseAsync(refused);
            var notice = page.GetElementById("error-summary");
            Assert.NotNull(notice);
            Assert.Contains("has not been sent", notice.TextContent, StringComparison.Ordinal);
            Assert.Equal(SiteYaml.ClinicPhone, notice.QuerySelector($"a[href='{SiteYaml.ClinicPhoneTelUri}']")?.TextContent);
            Assert.Equal(TypedName, page.GetElementById("Input_Name")?.GetAttribute("value"));
        }

        site.EnsureRunning();
        Assert.Contains("disk is full", site.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TypedName, site.Output, StringComparison.Ordinal);

        _disk.Free();
        var afterwards = (await LoadAsync(client)).FillValid("After The Space Returned");
        AssertSeeOtherToThanks(await afterwards.PostAsync());
        acknowledged++;

        Assert.Equal(acknowledged, InquiryTable.Count(DatabasePath));
        Assert.NotNull(InquiryTable.ForToken(DatabasePath, afterwards.SubmissionToken));
        Assert.Equal("ok", InquiryTable.IntegrityCheck(DatabasePath));
        Assert.Equal(0, OrphanOutboxRows());
    }

    /// <summary>Alert rows are written in the inquiry's transaction: none may point at an inquiry that is not there.</summary>
    private long OrphanOutboxRows()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Outbox WHERE InquiryId IS NOT NULL AND InquiryId NOT IN (SELECT Id FROM Inquiries);";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
