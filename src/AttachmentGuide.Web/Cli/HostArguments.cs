namespace AttachmentGuide.Web.Cli;

/// <summary>
/// Tells the web host's own arguments from a command. It runs on every start of the site, so it uses no type of
/// System.CommandLine: loading that library would cost every reader's start-up time and memory for nothing.
/// </summary>
public static class HostArguments
{
    /// <summary>The words that ask for help: the <c>help</c> command and System.CommandLine's help option and its aliases.</summary>
    public static IReadOnlyList<string> HelpWords { get; } = ["help", "--help", "-h", "/h", "-?", "/?"];

    /// <summary>
    /// True when the arguments name a command rather than web host settings. Host settings look like
    /// <c>--urls URL</c>, <c>/key value</c> or <c>key=value</c>, so any other first word is taken as a command:
    /// a mistyped one gets an answer instead of quietly starting the web server.
    /// </summary>
    public static bool NameACommand(string[] args) =>
        args is [var first, ..] && (IsHelp(first) || (first.Length > 0 && first[0] is not ('-' or '/') && !first.Contains('=', StringComparison.Ordinal)));

    public static bool IsHelp(string argument) => HelpWords.Contains(argument, StringComparer.Ordinal);
}
