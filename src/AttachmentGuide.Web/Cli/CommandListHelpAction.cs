using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace AttachmentGuide.Web.Cli;

/// <summary>
/// System.CommandLine's own help, plus, for the root, every command written out in full
/// (<c>staff add EMAIL [--password-stdin]</c>): the one screen an operator needs, built from the declarations.
/// </summary>
public sealed class CommandListHelpAction(HelpAction standardHelp) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var result = standardHelp.Invoke(parseResult);
        if (parseResult.CommandResult.Command is RootCommand root)
        {
            var output = parseResult.InvocationConfiguration.Output;
            var rows = Leaves(root, prefix: "").ToList();
            var width = rows.Max(r => r.Usage.Length) + 2;
            output.WriteLine("Every command:");
            foreach (var (usage, description) in rows)
            {
                output.WriteLine($"  {usage.PadRight(width)}{description}");
            }

            output.WriteLine();
        }

        return result;
    }

    private static IEnumerable<(string Usage, string? Description)> Leaves(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            var path = prefix + sub.Name;
            if (sub.Subcommands.Count > 0)
            {
                foreach (var leaf in Leaves(sub, path + " "))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (string.Join(' ', [path, .. sub.Arguments.Select(Usage), .. sub.Options.Where(o => !o.Hidden).Select(Usage)]), sub.Description);
            }
        }
    }

    private static string Usage(Argument argument) =>
        argument.Arity.MinimumNumberOfValues == 0 ? $"[{argument.Name}...]" : argument.Name;

    private static string Usage(Option option)
    {
        // A bool option is a switch: it may take "true" or "false", but nobody types them.
        var usage = option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool)
            ? option.Name
            : $"{option.Name} {option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant()}";
        return option.Required ? usage : $"[{usage}]";
    }
}
