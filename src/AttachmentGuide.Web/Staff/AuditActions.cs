namespace AttachmentGuide.Web.Staff;

/// <summary>The names of audited staff actions, as stored.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string View = "view";
    public const string StatusChange = "status-change";
    public const string NoteChange = "note-change";
    public const string Export = "export";
    public const string Delete = "delete";
    public const string RetentionDelete = "retention-delete";
    public const string AlertSent = "alert-sent";
    public const string AlertFailed = "alert-failed";
    public const string NotifyTest = "notify-test";
    public const string PasswordChange = "password-change";
    public const string TwoFactorOn = "two-factor-on";
    public const string TwoFactorOff = "two-factor-off";
    public const string AccessDenied = "access-denied";
    public const string RoleChange = "role-change";

    /// <summary>An admin added a staff account on the accounts page; the detail is its email and roles.</summary>
    public const string AccountAdd = "account-add";

    /// <summary>An admin issued a set-up link; the detail is the account's email, never the link.</summary>
    public const string SetupLinkIssued = "setup-link-issued";

    /// <summary>A person chose their password through a set-up link; the actor is their own email.</summary>
    public const string SetupLinkUsed = "setup-link-used";

    /// <summary>A content file changed in the browser editor; the detail says how (<c>Editing.ContentChange</c>) and which file.</summary>
    public const string ContentSave = "content-save";

    /// <summary>A picture uploaded into content/images/ in the browser; the detail is its file name, nothing else.</summary>
    public const string ImageUpload = "image-upload";
}
