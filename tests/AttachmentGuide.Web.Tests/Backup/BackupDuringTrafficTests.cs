using System.Collections.Concurrent;
using System.Net;
using AttachmentGuide.Web.Tests.Infrastructure;
using CsvHelper;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Backup;

/// <summary>
/// The whole round trip on a real site process: a backup taken while people are submitting the contact form,
/// restored into a fresh data folder, and every submission acknowledged before the backup began read back by a
/// staff member through the CSV export of a site running on the restored folder.
/// </summary>
public sealed class BackupDuringTrafficTests : IDisposable
{
    private const int Workers = 3;
    private const int AcknowledgedBeforeBackup = 20;
    private const string Staff = "restorer@clinic.example";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly SiteDataFolder _data = new("ag-backup-burst-");
    private readonly string _backupFile = Path.Combine(Path.GetTempPath(), $"ag-burst-{Guid.NewGuid():N}.agbackup");

    private sealed record Sent(string Name, string Email, string Message);

    [Fact]
    public async Task A_backup_taken_during_a_burst_of_submissions_restores_every_acknowledged_one_readable_by_staff()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var accounts = await StaffDatabase.OpenAsync(_data.DatabasePath))
        {
            await accounts.AddAsync(Staff);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var acknowledged = new ConcurrentDictionary<string, Sent>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        IReadOnlyList<KeyValuePair<string, Sent>> beforeBackup;
        int acknowledgedWhenBackupEnded;
        CliResult backup;
        await using (var site = await SiteProcess.StartAsync(SiteEnvironment.For(_data, "Production"), Path.GetTempPath(), StartTimeout, cancellation))
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
            {
                using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
                using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var sent = new Sent($"Burst Person {w}-{i}", $"burst{w}.{i}@example.org", $"Backup burst message {w}/{i} with a line\nand another");
                    var form = (await LoadAsync(client)).FillValid(sent.Name, sent.Email).Set(MessageField, sent.Message);
                    using var response = await form.PostAsync();
                    if (response.StatusCode != HttpStatusCode.SeeOther)
                    {
                        failures.Enqueue($"worker {w} #{i}: {(int)response.StatusCode}");
                        return;
                    }

                    acknowledged[await FollowToThanksAsync(response, client)] = sent;
                }
            }, CancellationToken.None)).ToList();

            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (acknowledged.Count < AcknowledgedBeforeBackup && failures.IsEmpty && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(50, cancellation);
            }

            beforeBackup = acknowledged.ToList();
            backup = await BackupCli.RunAsync(_data.Path, BackupCli.Passphrase, "backup", _backupFile, "--passphrase-stdin");
            acknowledgedWhenBackupEnded = acknowledged.Count;
            // The burst goes on a moment after the backup, so the backup is known to have run in the middle of it.
            await Task.Delay(500, cancellation);
            await stop.CancelAsync();
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60), cancellation);
            Assert.True(failures.IsEmpty, "Submissions failed during the backup: " + string.Join("; ", failures) + "\n" + site.Output);
            Assert.True(beforeBackup.Count >= AcknowledgedBeforeBackup, $"Only {beforeBackup.Count} submissions before the backup:\n{site.Output}");
            Assert.True(acknowledged.Count > acknowledgedWhenBackupEnded, "The burst did not go on after the backup");
        }

        Assert.True(backup.ExitCode == 0, backup.StandardError);

        await using var restored = new StaffSiteFactory();
        var restore = await BackupCli.RunAsync(restored.DataPath, BackupCli.Passphrase, "restore", _backupFile, "--passphrase-stdin");
        Assert.True(restore.ExitCode == 0, restore.StandardError);

        using var staff = new StaffBrowser(restored);
        await staff.SignInOrFailAsync(Staff);
        using var export = await staff.GetAsync("/staff/inquiries/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = ReadCsv(await export.Content.ReadAsByteArrayAsync(cancellation));

        var missing = beforeBackup.Where(a => !rows.TryGetValue(a.Key, out var row)
            || row["Name"] != a.Value.Name || row["Email"] != a.Value.Email || row["Message"] != a.Value.Message).Select(a => a.Key).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {beforeBackup.Count} submissions acknowledged before the backup are missing or unreadable after the restore: {string.Join(", ", missing.Take(10))}");
        Assert.True(rows.Count <= acknowledgedWhenBackupEnded + Workers, $"The restored site holds {rows.Count} inquiries, more than were acknowledged by the end of the backup ({acknowledgedWhenBackupEnded})");
        Assert.Contains($"  inquiries:      {rows.Count}", restore.OutputLines);
    }

    public void Dispose()
    {
        _data.Dispose();
        File.Delete(_backupFile);
    }

    private static Dictionary<string, Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        reader.ReadHeader();
        var header = reader.Headers.ToList();
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = header.ToDictionary(h => h, reader.GetString, StringComparer.Ordinal);
            rows[row["Reference"]] = row;
        }

        return rows;
    }
}
