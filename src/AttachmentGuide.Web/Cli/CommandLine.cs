namespace AttachmentGuide.Web.Cli;

/// <summary>Commands that run instead of the web server: <c>dotnet run --project src/AttachmentGuide.Web -- COMMAND</c>.</summary>
public static class CommandLine
{
    /// <summary>
    /// True when the arguments name a command rather than web host settings. Host settings look like
    /// <c>--urls URL</c>, <c>/key value</c> or <c>key=value</c>, so any other first word is taken as a command:
    /// a mistyped one gets an answer instead of quietly starting the web server.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args is [var first, ..] && (IsHelp(first) || (first.Length > 0 && first[0] is not ('-' or '/') && !first.Contains('=', StringComparison.Ordinal)));

    private static bool IsHelp(string argument) => argument is "help" or "--help" or "-h";

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args[0] switch
        {
            CheckContentCommand.Name => CheckContentCommand.Run(args[1..], output, error),
            StaffCommand.Name => await StaffCommand.RunAsync(args[1..], input, output, error),
            var help when IsHelp(help) => Help(output),
            var unknown => Unknown(unknown, error),
        };
    }

    private static int Unknown(string command, TextWriter error)
    {
        error.WriteLine($"Unknown command '{command}'.");
        error.WriteLine();
        Help(error);
        return 2;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine("Usage: dotnet run --project src/AttachmentGuide.Web -- COMMAND");
        output.WriteLine();
        output.WriteLine("Commands:");
        output.WriteLine("  check-content [--content DIR]                  check every article and site.yml; exit 1 on any error");
        output.WriteLine("  staff add EMAIL [--password-stdin]             create a staff account");
        output.WriteLine("  staff list                                      list staff accounts");
        output.WriteLine("  staff remove EMAIL                              delete a staff account");
        output.WriteLine("  staff reset-password EMAIL [--password-stdin]   set a new password");
        output.WriteLine();
        output.WriteLine("Without a command the web site starts.");
        return 0;
    }
}
