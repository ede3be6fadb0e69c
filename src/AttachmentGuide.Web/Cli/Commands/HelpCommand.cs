using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>help [COMMAND...]</c>: the word most people try first. It shows the same help as
/// <c>COMMAND --help</c>, so the text exists once, in the declarations.
/// </summary>
public static class HelpCommand
{
    public const string Name = "help";

    public static Command Create(RootCommand root)
    {
        var words = new Argument<string[]>("COMMAND")
        {
            Description = "the command to explain, e.g. 'staff add'",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(Name, "show this list, or one command's help") { words };
        command.SetAction(parseResult =>
            root.Parse([.. parseResult.GetValue(words) ?? [], "--help"]).Invoke(parseResult.InvocationConfiguration));
        return command;
    }
}
