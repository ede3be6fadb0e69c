using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using AttachmentGuide.Web.Cli.Commands;
using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Web.Cli;

/// <summary>Commands that run instead of the web server: <c>dotnet run --project src/AttachmentGuide.Web -- COMMAND</c>.</summary>
public static class SiteCommandLine
{
    /// <summary>Every command; <paramref name="input"/> is where <c>--password-stdin</c> reads.</summary>
    public static RootCommand Build(TextReader input)
    {
        var root = new RootCommand("Commands that run instead of the web site; without a command, the site starts.")
        {
            CheckContentCommand.Create(),
            StaffCommand.Create(input),
            NotifyCommand.Create(),
            BackupCommand.Create(input),
            RestoreCommand.Create(input),
            MigrateStoreCommand.Create(),
        };
        root.Add(HelpCommand.Create(root));
        foreach (var option in root.Options.ToList())
        {
            switch (option)
            {
                case HelpOption help:
                    help.Action = new CommandListHelpAction((HelpAction)help.Action!);
                    break;
                case VersionOption version:
                    // "--version" starts the web server (IsCommand), so the help must not offer it.
                    root.Options.Remove(version);
                    break;
            }
        }

        return root;
    }

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parseResult = Build(input).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            return UsageErrors.Report(parseResult, error);
        }

        try
        {
            return await parseResult.InvokeAsync(
                new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (SiteStartupException exception)
        {
            // A fault the site names itself (a database folder that cannot be made, say): its one line, no stack trace.
            await error.WriteLineAsync(exception.Message);
            return 1;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // What System.CommandLine's own handler would print, kept for faults nobody foresaw.
            await error.WriteLineAsync("Unhandled exception: " + exception);
            return 1;
        }
    }
}
