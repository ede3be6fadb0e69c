using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Cli;

/// <summary>The one-line reason a <c>staff</c> command failed, on standard error, and its exit code.</summary>
public static class StaffErrors
{
    public static int Fail(TextWriter error, string message)
    {
        ArgumentNullException.ThrowIfNull(error);
        error.WriteLine($"staff: {message}");
        return ExitCodes.Failure;
    }

    /// <summary>Identity's own reasons (a short or common password, …) joined on one line.</summary>
    public static int Fail(TextWriter error, IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Fail(error, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
