using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Staff;

/// <summary>
/// Checks a typed password against a fixed hash of a random password, made once with Identity's own hasher and
/// settings, so a sign-in for an email that belongs to no one costs the same time as a wrong password for a real
/// account: the answer's timing must not tell who works at the clinic.
/// </summary>
public sealed class DummyPasswordCheck
{
    private readonly PasswordHasher<StaffUser> _hasher;
    private readonly Lazy<string> _hash;

    public DummyPasswordCheck(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<StaffUser>(options);
        _hash = new Lazy<string>(() => _hasher.HashPassword(new StaffUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
    }

    /// <summary>Spends the time a real check would; never succeeds.</summary>
    public void Verify(string password) => _hasher.VerifyHashedPassword(new StaffUser(), _hash.Value, password);
}
