using System.CommandLine;
using AttachmentGuide.Web.Backup;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>backup FILE</c>: one encrypted file holding a snapshot of the database taken while the site runs, the key
/// ring and a manifest. <c>backup --verify FILE</c>: opens one and checks everything in it, changing nothing.
/// </summary>
public static class BackupCommand
{
    public static Command Create(TextReader input)
    {
        var file = new Argument<string>("FILE") { Description = "the backup file to write (or, with --verify, to check)" };
        var verify = new Option<bool>("--verify") { Description = "check an existing backup and print its manifest instead of making one" };
        var (stdin, passphraseFile) = PassphraseOptions();
        var command = new Command("backup", "make an encrypted backup of the database and its keys, or check one") { file, verify, stdin, passphraseFile };
        command.SetAction(parseResult =>
        {
            var console = parseResult.InvocationConfiguration;
            var isVerify = parseResult.GetValue(verify);
            var name = isVerify ? "backup --verify" : "backup";
            var passphrase = PassphraseReader.Read(name, parseResult.GetValue(stdin), parseResult.GetValue(passphraseFile), isNew: !isVerify, input, console.Output, console.Error);
            if (passphrase is null)
            {
                return ExitCodes.Failure;
            }

            return BackupErrors.Run(name, console.Error, () =>
            {
                var locations = BackupLocations.OfSite(CliConfiguration.Build());
                var path = parseResult.GetRequiredValue(file);
                return isVerify ? Verify(path, passphrase, locations, console.Output) : Write(path, passphrase, locations, console.Output);
            });
        });
        return command;
    }

    /// <summary>Shared with <c>restore</c>, so the two read the passphrase the same way.</summary>
    public static (Option<bool> Stdin, Option<string?> File) PassphraseOptions() => (
        new Option<bool>("--passphrase-stdin") { Description = "read the passphrase as one line from standard input" },
        new Option<string?>("--passphrase-file") { Description = "read the passphrase from the first line of this file", HelpName = "PATH" });

    private static int Write(string path, string passphrase, BackupLocations locations, TextWriter output)
    {
        var summary = BackupWriter.Write(locations, path, passphrase);
        output.WriteLine($"Backed up {locations.DatabaseFile} and {summary.Manifest.KeyFiles} key file(s) from {locations.KeysFolder} to {Path.GetFullPath(path)}");
        foreach (var line in summary.Manifest.Describe())
        {
            output.WriteLine(line);
        }

        output.WriteLine($"  size:           {summary.Bytes} bytes");
        output.WriteLine($"  sha256:         {summary.Sha256}");
        return ExitCodes.Success;
    }

    private static int Verify(string path, string passphrase, BackupLocations locations, TextWriter output)
    {
        using var work = PrivateWorkFolder.Create("ag-verify-");
        var opened = BackupOpener.Open(path, passphrase, work.Path, locations.KeySettings);
        output.WriteLine($"{Path.GetFullPath(path)} is a sound backup: every part passed its check, integrity_check ok, the key ring reads its inquiries");
        foreach (var line in opened.Manifest.Describe())
        {
            output.WriteLine(line);
        }

        return ExitCodes.Success;
    }
}
