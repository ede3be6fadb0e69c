using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// ASVS 5.0 6.2: at least 12 and at most 128 characters, no composition rules, and common or
/// easily guessed passwords refused. zxcvbn carries the dictionaries of common passwords and names.
/// </summary>
public sealed class StaffPasswordValidator : IPasswordValidator<StaffUser>
{
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordMissing", Description = "Enter a password." }));
        }

        if (password.Length > MaxLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Use a password of at most {MaxLength} characters.",
            }));
        }

        var userInputs = new[] { user.Email, user.UserName, "attachment", "attachmentguide", "clinic", "trauma" }.OfType<string>();
        var strength = Zxcvbn.Zxcvbn.MatchPassword(password, userInputs);
        return Task.FromResult(strength.Score >= 3
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is too common or too easy to guess. Try a passphrase of four or more unrelated words.",
            }));
    }
}
