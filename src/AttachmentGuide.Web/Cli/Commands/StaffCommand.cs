using System.CommandLine;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>staff add|list|remove|roles|reset-password</c>: manages staff accounts without starting the web server.
/// Needs only the database settings (<c>ConnectionStrings__Inquiries</c>), never the content folder.
/// </summary>
public static class StaffCommand
{
    public const string Name = "staff";

    /// <param name="input">Where <c>--password-stdin</c> reads from.</param>
    public static Command Create(TextReader input) =>
        new(Name, "manage staff accounts in the site's database (ConnectionStrings__Inquiries)")
        {
            StaffAddCommand.Create(input),
            StaffListCommand.Create(),
            StaffRemoveCommand.Create(),
            StaffRolesCommand.Create(),
            StaffResetPasswordCommand.Create(input),
        };
}
