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

    /// <summary>A content file changed in the browser editor; the detail says how (<c>Editing.ContentChange</c>) and which file.</summary>
    public const string ContentSave = "content-save";

    /// <summary>A picture uploaded into content/images/ in the browser; the detail is its file name, nothing else.</summary>
    public const string ImageUpload = "image-upload";
}
