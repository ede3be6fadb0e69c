using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>One staff account as the accounts page lists it.</summary>
public sealed record StaffAccountRow(string Id, string Email, IReadOnlyList<string> Roles, bool TwoFactor);

/// <summary>
/// The admin's list of staff accounts, each with its roles and a form that sets them. Every change is audited
/// (who changed whom, the roles before and after); the last admin cannot lose admin, so the site is never without one.
/// </summary>
public sealed class AccountsModel(UserManager<StaffUser> users, StaffRoleChanges roles, AuditLog audit) : PageModel
{
    public IReadOnlyList<StaffAccountRow> Accounts { get; private set; } = [];

    /// <summary>The account a change was just saved for, shown in the notice.</summary>
    public string? SavedEmail { get; private set; }

    /// <summary>Why the change just asked for was refused, and for which account.</summary>
    public (string AccountId, string Message)? Refusal { get; private set; }

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

    private async Task<IReadOnlyList<StaffAccountRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<StaffAccountRow>(all.Count);
        foreach (var user in all)
        {
            rows.Add(new StaffAccountRow(user.Id, user.Email ?? user.Id, await roles.RolesOfAsync(user), user.TwoFactorEnabled));
        }

        return rows;
    }
}
