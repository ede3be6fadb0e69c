using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>What a <c>staff</c> command's own work gets: the open accounts, what was typed, and where to write.</summary>
public sealed record StaffCommandContext(StaffAccounts Accounts, ParseResult ParseResult, CancellationToken CancellationToken)
{
    public TextWriter Output => ParseResult.InvocationConfiguration.Output;

    public TextWriter Error => ParseResult.InvocationConfiguration.Error;
}
