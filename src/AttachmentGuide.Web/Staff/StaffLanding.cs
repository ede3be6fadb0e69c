namespace AttachmentGuide.Web.Staff;

/// <summary>The page a staff account starts on after signing in: the first one its roles open.</summary>
public static class StaffLanding
{
    public const string Inbox = "/staff/inquiries";

    /// <summary>The editor's list of articles and pages.</summary>
    public const string Content = "/staff/content";

    /// <summary>Every signed-in account may use it, so an account whose roles open nothing else still lands somewhere.</summary>
    public const string Account = "/staff/account";

    public static string For(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToList();
        bool Holds(string role) => held.Contains(role, StringComparer.OrdinalIgnoreCase);
        // Admins and inbox staff start on the inbox (new requests are the first thing to see); an editor alone, on the writing.
        return Holds(StaffRoles.Inbox) || Holds(StaffRoles.Admin) ? Inbox
            : Holds(StaffRoles.Editor) ? Content
            : Account;
    }
}
