using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// What the <c>staff</c> commands share: the <c>EMAIL</c> argument and <c>--password-stdin</c> option, declared
/// once so every help reads the same, and the steps before a command's own work (open the accounts, read a password).
/// </summary>
public static class StaffCommandParts
{
    public static Argument<string> Email() => new("EMAIL") { Description = "the account's email address" };

    public static Option<bool> PasswordStdin() => new("--password-stdin")
    {
        Description = "read the password as one line from standard input instead of typing it",
    };

    /// <summary><c>--role R</c>, repeatable; the names are checked by <see cref="Staff.StaffRoleChanges"/>.</summary>
    public static Option<string[]> Role(string description) => new("--role")
    {
        Description = description + " (" + Staff.StaffRoles.ValidNames + "; repeat for more than one)",
        Arity = ArgumentArity.OneOrMore,
        HelpName = "R",
    };

    /// <summary>The actor an audit entry names for a change made with a <c>staff</c> command rather than on the site.</summary>
    public const string CommandActor = "(staff command)";

    /// <summary>Runs <paramref name="run"/> on the site's staff accounts, which must exist unless <paramref name="mayCreate"/>.</summary>
    public static Command WithAccounts(this Command command, bool mayCreate, Func<StaffCommandContext, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = parseResult.InvocationConfiguration;
            await using var accounts = await StaffAccounts.OpenAsync(mayCreate, console.Error, cancellationToken);
            return accounts is null
                ? ExitCodes.Failure
                : await run(new StaffCommandContext(accounts, parseResult, cancellationToken));
        });
        return command;
    }

    /// <summary>
    /// A command <c>NAME EMAIL [--password-stdin]</c> that gives an account a new password: <paramref name="run"/>
    /// gets the email and the password, read once the database is open.
    /// </summary>
    public static Command WithNewPassword(
        string name, string description, TextReader input, bool mayCreate, Func<StaffCommandContext, string, string, Task<int>> run)
    {
        var email = Email();
        var passwordStdin = PasswordStdin();
        return new Command(name, description) { email, passwordStdin }.WithAccounts(mayCreate, context =>
            PasswordReader.ReadNew(context.ParseResult.GetValue(passwordStdin), input, context.Output, context.Error) is { } password
                ? run(context, context.ParseResult.GetRequiredValue(email), password)
                : Task.FromResult(StaffErrors.Fail(context.Error, "no password given")));
    }
}
