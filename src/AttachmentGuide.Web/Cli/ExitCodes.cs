namespace AttachmentGuide.Web.Cli;

/// <summary>The exit codes every command shares, so scripts can tell a failed check from a mistyped command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found a problem (a content error, a refused password, a missing account).</summary>
    public const int Failure = 1;

    /// <summary>The command could not run as typed: an unknown command or option, a missing argument or folder.</summary>
    public const int Usage = 2;
}
