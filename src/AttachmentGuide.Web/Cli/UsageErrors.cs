using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace AttachmentGuide.Web.Cli;

/// <summary>
/// A command line that does not parse: the reason, System.CommandLine's suggestion of a close match, then the
/// help of the command concerned, all on standard error, with exit code 2 (as a mistyped command always had).
/// </summary>
public static class UsageErrors
{
    public static int Report(ParseResult parseResult, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(error);
        var command = parseResult.CommandResult;
        if (command.Command.Subcommands.Count > 0 && parseResult.UnmatchedTokens is [var word, ..] && !word.StartsWith('-'))
        {
            // "Required command was not provided" and "Unrecognized command or argument" say one thing between them.
            error.WriteLine($"Unknown command '{CommandPath(command)}{word}'.");
        }
        else
        {
            foreach (var reason in parseResult.Errors)
            {
                error.WriteLine(reason.Message);
            }
        }

        error.WriteLine();
        // The standard action writes the suggestions and the help; its copy of the reasons goes nowhere.
        parseResult.Invoke(new InvocationConfiguration { Output = error, Error = TextWriter.Null });
        return ExitCodes.Usage;
    }

    /// <summary>The words that named <paramref name="command"/>, each followed by a space, without the executable's own name.</summary>
    private static string CommandPath(CommandResult command)
    {
        var path = "";
        for (var current = command; current.Parent is CommandResult parent; current = parent)
        {
            path = current.Command.Name + " " + path;
        }

        return path;
    }
}
