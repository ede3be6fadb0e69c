using System.CommandLine;
using AttachmentGuide.Web.Backup;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>restore FILE</c>: puts a backup's database and keys where the site's settings name them, into an empty data
/// folder (or, with <c>--force</c>, after moving the old files aside). Nothing is written unless the whole backup checks out.
/// </summary>
public static class RestoreCommand
{
    public static Command Create(TextReader input)
    {
        var file = new Argument<string>("FILE") { Description = "the backup file made by 'backup'" };
        var force = new Option<bool>("--force") { Description = "move an existing database and keys into before-restore-STAMP/ beside the database first" };
        var (stdin, passphraseFile) = BackupCommand.PassphraseOptions();
        var command = new Command("restore", "restore the database and its keys from a backup (stop the site first)") { file, force, stdin, passphraseFile };
        command.SetAction(parseResult =>
        {
            var console = parseResult.InvocationConfiguration;
            return BackupErrors.Run("restore", console.Error, () =>
            {
                var locations = BackupLocations.OfSite(CliConfiguration.Build());
                var isForced = parseResult.GetValue(force);
                // Refused before the passphrase is asked for: typing it would be wasted.
                BackupRestorer.EnsureFree(locations, isForced);

                var passphrase = PassphraseReader.Read("restore", parseResult.GetValue(stdin), parseResult.GetValue(passphraseFile), isNew: false, input, console.Output, console.Error);
                if (passphrase is null)
                {
                    return ExitCodes.Failure;
                }

                var summary = BackupRestorer.Restore(locations, parseResult.GetRequiredValue(file), passphrase, isForced, TimeProvider.System);
                if (summary.MovedAsideTo is { } aside)
                {
                    console.Output.WriteLine($"Moved the previous database and keys to {aside}");
                }

                console.Output.WriteLine($"Restored {locations.DatabaseFile} and {summary.Manifest.KeyFiles} key file(s) into {locations.KeysFolder}");
                foreach (var line in summary.Manifest.Describe())
                {
                    console.Output.WriteLine(line);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
