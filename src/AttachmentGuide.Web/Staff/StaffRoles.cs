namespace AttachmentGuide.Web.Staff;

/// <summary>
/// The three staff roles (Identity roles, stored in AspNetRoles). Each is also the name of the authorization policy
/// a staff page asks for; <see cref="Admin"/> satisfies every policy.
/// </summary>
public static class StaffRoles
{
    /// <summary>Reads and manages inquiries: the inbox, an inquiry's page, the export.</summary>
    public const string Inbox = "inbox";

    /// <summary>Writes articles, pages and images.</summary>
    public const string Editor = "editor";

    /// <summary>Everything, plus the accounts and settings pages.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Inbox, Editor, Admin];

    /// <summary>The valid names as a person reads them in an error: "inbox, editor, admin".</summary>
    public static string ValidNames => string.Join(", ", All);

    /// <summary>What each role lets an account do, for the pages that say so.</summary>
    public static string Describe(string role) => role switch
    {
        Inbox => "reads and manages inquiries",
        Editor => "writes articles, pages and images",
        Admin => "everything, plus accounts and settings",
        _ => role,
    };

    /// <summary>The role's own spelling when <paramref name="name"/> names one (in any case), otherwise null.</summary>
    public static string? Find(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The roles in the order of <see cref="All"/>, each once, so lists and audit entries read alike.</summary>
    public static List<string> Ordered(IEnumerable<string> roles) =>
        All.Where(r => roles.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>"inbox, admin", or "(none)".</summary>
    public static string Show(IEnumerable<string> roles) => Ordered(roles) is { Count: > 0 } ordered ? string.Join(", ", ordered) : "(none)";
}
