using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>The argument and option several <c>staff</c> commands take, declared once so they read the same in every help.</summary>
public static class StaffSymbols
{
    public static Argument<string> Email() => new("EMAIL") { Description = "the account's email address" };

    public static Option<bool> PasswordStdin() => new("--password-stdin")
    {
        Description = "read the password as one line from standard input instead of typing it",
    };
}
