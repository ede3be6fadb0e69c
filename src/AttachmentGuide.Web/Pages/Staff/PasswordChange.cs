using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Pages.Staff;

/// <summary>The answer to a change-password form: one message per field that needs fixing.</summary>
public sealed record PasswordChange(string? CurrentError, string? NewError, string? ConfirmError)
{
    public static readonly PasswordChange None = new(null, null, null);

    public bool IsValid => CurrentError is null && NewError is null && ConfirmError is null;

    /// <summary>What can be told before changing anything: the current password, and the new one typed twice alike.</summary>
    public static async Task<PasswordChange> CheckAsync(UserManager<StaffUser> users, StaffUser user, string? current, string? proposed, string? confirm)
    {
        ArgumentNullException.ThrowIfNull(users);
        string? currentError = string.IsNullOrEmpty(current)
            ? "Enter your current password"
            : await users.CheckPasswordAsync(user, current) ? null : "That is not your current password";
        var proposal = await CheckNewAsync(users, user, proposed, confirm);
        return proposal with { CurrentError = currentError };
    }

    /// <summary>
    /// The new password alone, typed twice alike and within the policy, for a person who has no current password to
    /// give (a set-up link): the same messages as changing it on the account page.
    /// </summary>
    public static async Task<PasswordChange> CheckNewAsync(UserManager<StaffUser> users, StaffUser user, string? proposed, string? confirm)
    {
        ArgumentNullException.ThrowIfNull(users);
        string? newError = string.IsNullOrEmpty(proposed) ? "Enter a new password" : null;
        string? confirmError = newError is null && !string.Equals(proposed, confirm, StringComparison.Ordinal)
            ? "The two new passwords are not the same"
            : null;
        if (newError is null && confirmError is null)
        {
            // The policy `staff add` applies (length, common passwords), run without changing anything yet.
            var problems = new List<string>();
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, proposed);
                problems.AddRange(result.Errors.Select(e => e.Description));
            }

            newError = problems.Count == 0 ? null : string.Join(" ", problems);
        }

        return new PasswordChange(null, newError, confirmError);
    }

    /// <summary>Identity refused the change after the checks passed (for example a validator added later).</summary>
    public static PasswordChange Rejected(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PasswordChange(null, string.Join(" ", result.Errors.Select(e => e.Description)), null);
    }
}
