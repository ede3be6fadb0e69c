namespace AttachmentGuide.Web.Staff;

/// <summary>The page a staff account starts on after signing in: the first one its roles open.</summary>
public static class StaffLanding
{
    public const string Inbox = "/staff/inquiries";

    /// <summary>Every signed-in account may use it, so an account whose roles open nothing else still lands somewhere.</summary>
    public const string Account = "/staff/account";

    public static string For(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToList();
        return held.Contains(StaffRoles.Inbox, StringComparer.OrdinalIgnoreCase) || held.Contains(StaffRoles.Admin, StringComparer.OrdinalIgnoreCase)
            ? Inbox
            : Account;
    }
}
