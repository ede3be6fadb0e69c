using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>A set-up link just issued: shown once, to the admin who asked for it, and never stored.</summary>
public sealed record IssuedSetupLink(string Email, string Url, bool NewAccount);

/// <summary>One staff account as the accounts page lists it.</summary>
public sealed record StaffAccountRow(string Id, string Email, IReadOnlyList<string> Roles, bool TwoFactor, bool AwaitingSetUp);

/// <summary>
/// The admin's list of staff accounts, each with its roles and a form that sets them. Every change is audited
/// (who changed whom, the roles before and after); the last admin cannot lose admin, so the site is never without one.
/// An admin also adds accounts here, as <c>staff add</c> does, and issues set-up links (<see cref="SetupLinks"/>), so
/// the admin never chooses or learns anyone's password.
/// </summary>
public sealed class AccountsModel(UserManager<StaffUser> users, StaffRoleChanges roles, SetupLinks links, AuditLog audit) : PageModel
{
    /// <summary>The longest email an account can have, as the contact form allows.</summary>
    public const int EmailMaxLength = Contact.ContactInputValidator.EmailMaxLength;

    public IReadOnlyList<StaffAccountRow> Accounts { get; private set; } = [];

    /// <summary>The account a change was just saved for, shown in the notice.</summary>
    public string? SavedEmail { get; private set; }

    /// <summary>What the refusal below is about, as its heading says.</summary>
    public string RefusalTitle { get; private set; } = "The roles were not changed";

    /// <summary>The signed-in admin's own account, which gets no set-up link button (its password changes on Your account).</summary>
    public string? OwnAccountId => users.GetUserId(User);

    /// <summary>Why the change just asked for was refused, and for which account.</summary>
    public (string AccountId, string Message)? Refusal { get; private set; }

    /// <summary>What the admin typed into the add form, kept when it is shown again with errors.</summary>
    public string? NewEmail { get; private set; }

    public IReadOnlyList<string> NewRoles { get; private set; } = [];

    public string? NewEmailError { get; private set; }

    public string? NewRolesError { get; private set; }

    /// <summary>The link just issued, if any.</summary>
    public IssuedSetupLink? Issued { get; private set; }

    public int LinkLifetimeHours => links.LifetimeHours;

    public async Task OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        Accounts = await LoadAsync(cancellationToken);
        SavedEmail = Accounts.FirstOrDefault(a => a.Id == saved)?.Email;
    }

    public async Task<IActionResult> OnPostRolesAsync(string? accountId, string[]? role, CancellationToken cancellationToken)
    {
        if (accountId is null || await users.FindByIdAsync(accountId) is not { } user)
        {
            // A form for an account removed meanwhile: say so on the page rather than fail.
            Accounts = await LoadAsync(cancellationToken);
            Refusal = (string.Empty, "That account no longer exists, so nothing was changed.");
            return Page();
        }

        var result = await roles.SetRolesAsync(user, role ?? []);
        if (!result.Succeeded)
        {
            Accounts = await LoadAsync(cancellationToken);
            Refusal = (user.Id, result.Refusal! + ". Nothing was changed.");
            return Page();
        }

        if (result.Changed)
        {
            await audit.RecordAsync(User.Identity?.Name ?? AuditLog.UnknownAccount, AuditActions.RoleChange, null, result.Describe(user.Email ?? user.Id), cancellationToken);
        }

        return RedirectToPage(new { saved = user.Id });
    }

    public async Task<IActionResult> OnPostAddAsync(
        [FromForm(Name = "Input.Email")] string? email, [FromForm(Name = "Input.Role")] string[]? role, CancellationToken cancellationToken)
    {
        NewEmail = email;
        NewRoles = role ?? [];
        var cleaned = Forms.FormText.CleanLine(email);
        if (cleaned is null)
        {
            NewEmailError = "Enter the email address the person will sign in with";
        }
        else if (!Contact.ContactInputValidator.IsEmail(cleaned))
        {
            NewEmailError = "Enter an email address in the correct format, like name@example.com";
        }
        else if (await users.FindByEmailAsync(cleaned) is not null)
        {
            NewEmailError = $"An account for {cleaned} already exists. To let that person choose a new password, use “Issue a new set-up link” on their account below";
        }

        if (NewRoles.Count == 0)
        {
            NewRolesError = "Choose at least one role";
        }
        else if (NewRoles.FirstOrDefault(r => StaffRoles.Find(r) is null) is { } unknown)
        {
            NewRolesError = $"'{unknown}' is not a role; choose from {StaffRoles.ValidNames}";
        }

        if (NewEmailError is not null || NewRolesError is not null)
        {
            Accounts = await LoadAsync(cancellationToken);
            return Page();
        }

        // No password: the account cannot be signed in to until its person uses the set-up link.
        var user = new StaffUser { UserName = cleaned, Email = cleaned, EmailConfirmed = true, LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // For example two admins adding the same address at once: the second is told, nothing half-made is left.
            NewEmailError = string.Join(" ", created.Errors.Select(e => e.Description));
            Accounts = await LoadAsync(cancellationToken);
            return Page();
        }

        var given = await roles.SetRolesAsync(user, NewRoles);
        return await ShowLinkAsync(user, $"{cleaned}: {StaffRoles.Show(given.After)}", cancellationToken);
    }

    public async Task<IActionResult> OnPostLinkAsync(string? accountId, CancellationToken cancellationToken)
    {
        if (accountId is null || await users.FindByIdAsync(accountId) is not { } user)
        {
            Accounts = await LoadAsync(cancellationToken);
            RefusalTitle = "No set-up link was issued";
            Refusal = (string.Empty, "That account no longer exists, so no link was issued.");
            return Page();
        }

        if (user.Id == users.GetUserId(User))
        {
            // A link for oneself would end one's own password and session for nothing: the account page changes it.
            Accounts = await LoadAsync(cancellationToken);
            RefusalTitle = "No set-up link was issued";
            Refusal = (user.Id, "This is your own account: change your password on Your account instead. No link was issued.");
            return Page();
        }

        return await ShowLinkAsync(user, added: null, cancellationToken);
    }

    /// <summary>
    /// Issues the link and shows it on this response only (no redirect, nothing stored): the page is no-store, so
    /// going back or reloading never shows it again. <paramref name="added"/> is the new account's audit detail.
    /// </summary>
    private async Task<IActionResult> ShowLinkAsync(StaffUser user, string? added, CancellationToken cancellationToken)
    {
        var email = user.Email ?? user.Id;
        // Before the audit entries: recording one clears the shared context's tracked entities, this account among them.
        var url = await links.IssueAsync(user, $"{Request.Scheme}://{Request.Host}{Request.PathBase}");
        var actor = User.Identity?.Name ?? AuditLog.UnknownAccount;
        if (added is not null)
        {
            await audit.RecordAsync(actor, AuditActions.AccountAdd, null, added, cancellationToken);
        }

        await audit.RecordAsync(actor, AuditActions.SetupLinkIssued, null, email, cancellationToken);
        Issued = new IssuedSetupLink(email, url, NewAccount: added is not null);
        NewEmail = null;
        NewRoles = [];
        Accounts = await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IReadOnlyList<StaffAccountRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<StaffAccountRow>(all.Count);
        foreach (var user in all)
        {
            rows.Add(new StaffAccountRow(user.Id, user.Email ?? user.Id, await roles.RolesOfAsync(user), user.TwoFactorEnabled, user.PasswordHash is null));
        }

        return rows;
    }
}
